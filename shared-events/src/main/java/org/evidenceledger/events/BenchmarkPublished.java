package org.evidenceledger.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record BenchmarkPublished(
        PartnershipId partnershipId,
        EntryId entryId,
        String metric,
        BigDecimal value,
        String unit,
        LocalDate publishedOn,
        Source source,
        String dataset,
        String comparator,
        boolean independent,
        boolean peerReviewed) implements PartnershipEvent {

    @Override
    public EntryType entryType() {
        return EntryType.BENCHMARK;
    }

    @Override
    public LocalDate occurredOn() {
        return publishedOn;
    }
}
