package org.evidenceledger.query.operations;

import java.util.List;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.evidenceledger.platform.axon.ReadSideBacklog;
import org.evidenceledger.query.projection.PartnershipProjectionA;
import org.evidenceledger.query.projection.PartnershipProjectionB;
import org.springframework.stereotype.Component;

/**
 * The read side's backlog: events the most advanced running partnerships processor (the active slot's; a
 * replay's target starts from the first event) is behind the store's head. 0 while none runs here.
 */
@Component
public class ProjectionBacklog implements ReadSideBacklog {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    public ProjectionBacklog(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    @Override
    public long eventsBehind() {
        long least = Long.MAX_VALUE;
        for (String group : List.of(PartnershipProjectionA.PROCESSING_GROUP, PartnershipProjectionB.PROCESSING_GROUP)) {
            Optional<StreamingEventProcessor> processor = processing.eventProcessor(group, StreamingEventProcessor.class);
            if (processor.isPresent() && processor.get().isRunning()) {
                least = Math.min(least, ProjectionLag.behind(processor.get(), eventStore).orElse(Long.MAX_VALUE));
            }
        }
        return least == Long.MAX_VALUE ? 0 : least;
    }
}
