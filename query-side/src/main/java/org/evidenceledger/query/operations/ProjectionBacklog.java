package org.evidenceledger.query.operations;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.evidenceledger.platform.axon.ReadSideBacklog;
import org.evidenceledger.query.projection.PartnershipProjection;
import org.evidenceledger.query.slot.ReadModelSlot;
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

    /** The store's head is asked once, and only while a partnerships processor runs here. */
    @Override
    public long eventsBehind() {
        OptionalLong mostAdvanced = Arrays.stream(ReadModelSlot.values())
                .map(slot -> processing.eventProcessor(PartnershipProjection.processingGroupOf(slot),
                        StreamingEventProcessor.class))
                .flatMap(Optional::stream)
                .filter(StreamingEventProcessor::isRunning)
                .map(ProjectionLag::slowestPosition)
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .max();
        return mostAdvanced.isPresent() ? ProjectionLag.behind(mostAdvanced.getAsLong(), eventStore) : 0;
    }
}
