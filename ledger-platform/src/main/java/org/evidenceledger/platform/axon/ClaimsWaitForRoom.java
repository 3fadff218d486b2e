package org.evidenceledger.platform.axon;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;

/**
 * The token store, except that a processor's idle refresh of its claim is skipped while the disk has no
 * room for background writes. An idle tracking processor refreshes its claim every second, and on a full
 * disk each of those writes makes H2 close its store under the queries that are reading it. On the
 * embedded default one process holds every claim, so a claim left unrefreshed is taken by nobody; on
 * other databases there is always room and nothing is skipped.
 */
public class ClaimsWaitForRoom implements TokenStore {

    private final TokenStore delegate;
    private final BooleanSupplier room;

    public ClaimsWaitForRoom(TokenStore delegate, BooleanSupplier room) {
        this.delegate = delegate;
        this.room = room;
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        if (room.getAsBoolean()) {
            delegate.extendClaim(processorName, segment);
        }
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        delegate.initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        delegate.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        delegate.storeToken(token, processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        return delegate.fetchToken(processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        return delegate.fetchToken(processorName, segment);
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        delegate.releaseClaim(processorName, segment);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        delegate.initializeSegment(token, processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        delegate.deleteToken(processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return delegate.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return delegate.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return delegate.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return delegate.retrieveStorageIdentifier();
    }
}
