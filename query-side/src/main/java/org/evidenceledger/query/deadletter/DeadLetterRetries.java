package org.evidenceledger.query.deadletter;

import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.stereotype.Service;

/** Offers every parked sequence to its projection again, oldest first, until none succeeds any more. */
@Service
public class DeadLetterRetries {

    private final EventProcessingConfiguration processing;
    private final DeadLetterRepository deadLetters;

    public DeadLetterRetries(EventProcessingConfiguration processing, DeadLetterRepository deadLetters) {
        this.processing = processing;
        this.deadLetters = deadLetters;
    }

    /** Answers how many events are still parked afterwards. */
    public long retryAll() {
        for (String group : ProjectionDeadLetters.processingGroups()) {
            processing.sequencedDeadLetterProcessor(group).ifPresent(processor -> {
                long parked = deadLetters.count(group);
                for (long attempt = 0; attempt < parked && processor.processAny(); attempt++) {
                    // each successful call releases one sequence; a failing one is parked again
                }
            });
        }
        return deadLetters.count();
    }
}
