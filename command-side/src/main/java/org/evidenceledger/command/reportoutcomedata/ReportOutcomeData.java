package org.evidenceledger.command.reportoutcomedata;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.OutcomeMeasure;
import org.evidenceledger.events.PartnershipId;
import org.evidenceledger.events.Source;

public record ReportOutcomeData(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        EntryId entryId,
        Long expectedVersion,
        OutcomeMeasure measure,
        BigDecimal value,
        String unit,
        LocalDate reportedOn,
        Source source,
        BigDecimal baseline,
        String population) {
}
