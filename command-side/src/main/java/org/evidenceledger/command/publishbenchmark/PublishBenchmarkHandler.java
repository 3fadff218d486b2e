package org.evidenceledger.command.publishbenchmark;

import org.axonframework.commandhandling.CommandHandler;
import org.evidenceledger.command.partnership.Accepted;
import org.evidenceledger.command.partnership.Partnerships;
import org.evidenceledger.events.BenchmarkPublished;
import org.springframework.stereotype.Component;

/** Offers the BenchmarkPublished entry to the partnership, which decides whether it may be recorded. */
@Component
public class PublishBenchmarkHandler {

    private final Partnerships partnerships;

    public PublishBenchmarkHandler(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @CommandHandler
    public Accepted handle(PublishBenchmark command) {
        return partnerships.decide(command.partnershipId(), partnership -> partnership.publishBenchmark(command.expectedVersion(),
                new BenchmarkPublished(command.partnershipId(), command.entryId(), command.metric(),
                command.value(), command.unit(), command.publishedOn(), command.source(), command.dataset(),
                command.comparator(), command.independent(), command.peerReviewed(), command.sampleSize(),
                command.measure())));
    }
}
