package org.evidenceledger.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Revision 2 added {@code sampleSize} (how many cases the benchmark was measured on, when the
 * source says); revision 1 events read as revision 2 with no sample size, by BenchmarkPublishedUpcaster.
 */
@Revision("2")
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
        boolean peerReviewed,
        Integer sampleSize) implements PartnershipEvent {

    @Override
    public EntryType entryType() {
        return EntryType.BENCHMARK;
    }

    @Override
    public LocalDate occurredOn() {
        return publishedOn;
    }
}
