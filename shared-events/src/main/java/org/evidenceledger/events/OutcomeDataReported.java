package org.evidenceledger.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OutcomeDataReported(
        PartnershipId partnershipId,
        EntryId entryId,
        OutcomeMeasure measure,
        BigDecimal value,
        String unit,
        LocalDate reportedOn,
        Source source,
        BigDecimal baseline,
        String population) implements PartnershipEvent {

    @Override
    public EntryType entryType() {
        return EntryType.OUTCOME_DATA;
    }

    @Override
    public LocalDate occurredOn() {
        return reportedOn;
    }
}
