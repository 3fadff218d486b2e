package org.evidenceledger.query.deadletter;

import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health says DEGRADED (still 200: queries answer, commands are taken) while a projection holds
 * events it could not apply, or while a projection's processor retries an event it cannot even
 * read (one whose stored JSON no upcaster can parse): some read model has stopped short.
 */
@Component("projections")
public class ProjectionHealth implements HealthIndicator {

    public static final Status DEGRADED = new Status("DEGRADED");

    private final DeadLetterRepository deadLetters;
    private final EventProcessingConfiguration processing;

    public ProjectionHealth(DeadLetterRepository deadLetters, EventProcessingConfiguration processing) {
        this.deadLetters = deadLetters;
        this.processing = processing;
    }

    @Override
    public Health health() {
        long parked = deadLetters.count();
        List<String> retrying = ProjectionDeadLetters.processingGroups().stream()
                .filter(group -> processing.eventProcessor(group, StreamingEventProcessor.class)
                        .map(StreamingEventProcessor::isError).orElse(false))
                .toList();
        if (parked == 0 && retrying.isEmpty()) {
            return Health.up().build();
        }
        return Health.status(DEGRADED).withDetail("parkedEvents", parked).withDetail("retrying", retrying).build();
    }
}
