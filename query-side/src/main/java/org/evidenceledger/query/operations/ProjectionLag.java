package org.evidenceledger.query.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code ledger.projection.lag.events} (Prometheus {@code ledger_projection_lag_events}), per processor: how
 * many global indexes the slowest of its segments is behind the store's head. NaN while this process holds
 * none of the processor's segments (another query process projects it) or cannot read the store.
 */
@Component
public class ProjectionLag {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final MeterRegistry registry;

    public ProjectionLag(EventProcessingConfiguration processing, EventStore eventStore, MeterRegistry registry) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.registry = registry;
    }

    /** The processors exist once Axon's configuration has started. */
    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("ledger.projection.lag.events", streaming, this::lag)
                        .description("Events the processor's slowest segment is behind the event store's head")
                        .tag("processor", name)
                        .register(registry);
            }
        });
    }

    private double lag(StreamingEventProcessor processor) {
        OptionalLong slowest = slowestPosition(processor);
        return slowest.isPresent() ? behind(slowest.getAsLong(), eventStore) : Double.NaN;
    }

    /** The global index the slowest of the processor's segments here has reached; empty while it holds none. */
    static OptionalLong slowestPosition(StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        if (segments.isEmpty()) {
            return OptionalLong.empty();
        }
        long slowest = Long.MAX_VALUE;
        for (EventTrackerStatus status : segments.values()) {
            slowest = Math.min(slowest, status.getCurrentPosition().orElse(-1));
        }
        return OptionalLong.of(slowest);
    }

    /** Global indexes a position is behind the store's head. */
    static long behind(long position, EventStore eventStore) {
        TrackingToken head = eventStore.createHeadToken();
        return Math.max(0, (head == null ? -1 : head.position().orElse(-1)) - position);
    }
}
