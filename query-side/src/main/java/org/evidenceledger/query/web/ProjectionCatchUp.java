package org.evidenceledger.query.web;

import java.time.Duration;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.evidenceledger.platform.storage.StorageFailures;
import org.evidenceledger.query.projection.PartnershipProjection;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Before a list, the dashboard or the organization ranking answers, waits (at most 1 s) until the
 * active slot's processor in this process has read the event store up to the head it has now, so a
 * command's effect shows in the next query. A process that runs no segment of it does not wait.
 */
@Component
public class ProjectionCatchUp {

    private static final long POLL_MILLIS = 5;

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final ReadModelSlots slots;
    private final Duration timeout;
    private volatile Long earlierHead;
    private volatile boolean earlierEventsRead;

    public ProjectionCatchUp(EventStore eventStore, EventProcessingConfiguration processing, ReadModelSlots slots,
                             @Value("${ledger.query.read-your-writes-timeout:1s}") Duration timeout) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.slots = slots;
        this.timeout = timeout;
    }

    /** Best effort: while the store cannot be read (a full disk closed it), the query answers at once. */
    public void await() {
        try {
            awaitHead();
        } catch (RuntimeException failure) {
            if (!StorageFailures.isStorageFailure(failure)) {
                throw failure;
            }
        }
    }

    private void awaitHead() {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null || head.position().isEmpty()) {
            return;
        }
        long target = head.position().getAsLong();
        String processorName = PartnershipProjection.processingGroupOf(slots.active());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached(processorName, target) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Whether the active slot's processor in this process has read every event that was stored when this was
     * first asked (so every event stored before this process started). Once true it stays true: later events
     * are this process's own appends, which {@link ReadYourWrites} waits for by their versions.
     */
    public boolean hasReadEarlierEvents() {
        if (earlierEventsRead) {
            return true;
        }
        if (earlierHead == null) {
            TrackingToken head = eventStore.createHeadToken();
            earlierHead = head == null || head.position().isEmpty() ? -1L : head.position().getAsLong();
        }
        String processorName = PartnershipProjection.processingGroupOf(slots.active());
        earlierEventsRead = running(processorName) && reached(processorName, earlierHead);
        return earlierEventsRead;
    }

    private boolean running(String processorName) {
        return processing.eventProcessor(processorName, StreamingEventProcessor.class)
                .map(processor -> !processor.processingStatus().isEmpty())
                .orElse(false);
    }

    private boolean reached(String processorName, long target) {
        Map<Integer, EventTrackerStatus> status = processing
                .eventProcessor(processorName, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus)
                .orElse(Map.of());
        return status.values().stream()
                .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= target);
    }
}
