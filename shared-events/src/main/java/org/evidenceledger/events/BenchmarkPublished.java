package org.evidenceledger.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Revision 2 added {@code sampleSize} (how many cases the benchmark was measured on, when the
 * source says); revision 3 added {@code measure} (which of the buyer's asks the benchmark speaks to,
 * when intake says). Older revisions read as the newest with neither on record, by the upcasters.
 */
@Revision("3")
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
        Integer sampleSize,
        OutcomeMeasure measure) implements PartnershipEvent {

    @Override
    public EntryType entryType() {
        return EntryType.BENCHMARK;
    }

    @Override
    public LocalDate occurredOn() {
        return publishedOn;
    }
}
