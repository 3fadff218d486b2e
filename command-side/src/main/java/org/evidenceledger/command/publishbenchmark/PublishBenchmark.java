package org.evidenceledger.command.publishbenchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.OutcomeMeasure;
import org.evidenceledger.events.PartnershipId;
import org.evidenceledger.events.Source;

public record PublishBenchmark(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        EntryId entryId,
        Long expectedVersion,
        String metric,
        BigDecimal value,
        String unit,
        LocalDate publishedOn,
        Source source,
        String dataset,
        String comparator,
        boolean independent,
        boolean peerReviewed,
        Integer sampleSize,
        OutcomeMeasure measure) {
}
