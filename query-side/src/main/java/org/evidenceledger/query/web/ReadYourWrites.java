package org.evidenceledger.query.web;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.evidenceledger.platform.axon.AppendedVersions;
import org.evidenceledger.platform.storage.StorageFailures;
import org.evidenceledger.platform.web.LedgerProblem;
import org.evidenceledger.query.time.ReferenceTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for one partnership: the query waits, up to ledger.query.read-your-writes-timeout
 * (1 s), until the read model has reached the version the client names with {@code minVersion} or,
 * without it, the partnership's latest version in the event store (one indexed look-up). So a client
 * that got version N from a command sees at least N on its next query, with or without the parameter.
 */
@Component
public class ReadYourWrites {

    public static final String MIN_VERSION = "Read-your-writes: the version a command answered. The query waits, "
            + "up to 1 s, until the read model has reached it, then answers. Without it, the query waits the same "
            + "way for the partnership's latest version in the event store.";
    private static final long POLL_MILLIS = 10;

    private final EventStore eventStore;
    private final AppendedVersions appendedVersions;
    private final ProjectionCatchUp catchUp;
    private final Duration timeout;

    public ReadYourWrites(EventStore eventStore, AppendedVersions appendedVersions, ProjectionCatchUp catchUp,
                         @Value("${ledger.query.read-your-writes-timeout:1s}") Duration timeout) {
        this.eventStore = eventStore;
        this.appendedVersions = appendedVersions;
        this.catchUp = catchUp;
        this.timeout = timeout;
    }

    public <T> Optional<T> await(String partnershipId, ReferenceTime at, Long minVersion, Supplier<Optional<T>> query,
                                 ToLongFunction<T> version) {
        if (minVersion != null && minVersion < 0) {
            throw LedgerProblem.badParameter("minVersion", "must be 0 or more");
        }
        Long target = minVersion != null || !at.isCurrent() ? minVersion : latestVersion(partnershipId);
        Optional<T> answer = query.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (target != null && !reached(answer, target, version) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            answer = query.get();
        }
        return answer;
    }

    /**
     * The stream's latest version; none to wait for while the store cannot be read (a full disk closed it).
     * Where this process is the ledger's only writer, its own appends tell it without a query, once its
     * projection has read what was stored before it started.
     */
    private Long latestVersion(String partnershipId) {
        Optional<Long> appended = appendedVersions.latest(partnershipId);
        if (appendedVersions.soleWriter() && appended.isPresent()) {
            return appended.get();
        }
        try {
            if (appendedVersions.soleWriter() && catchUp.hasReadEarlierEvents()) {
                return null;
            }
            return eventStore.lastSequenceNumberFor(partnershipId).orElse(null);
        } catch (RuntimeException failure) {
            if (StorageFailures.isStorageFailure(failure)) {
                return null;
            }
            throw failure;
        }
    }

    private static <T> boolean reached(Optional<T> answer, long minVersion, ToLongFunction<T> version) {
        return answer.isPresent() && version.applyAsLong(answer.get()) >= minVersion;
    }
}
