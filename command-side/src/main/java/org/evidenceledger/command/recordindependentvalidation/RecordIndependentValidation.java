package org.evidenceledger.command.recordindependentvalidation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.PartnershipId;
import org.evidenceledger.events.Source;

public record RecordIndependentValidation(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        EntryId entryId,
        Long expectedVersion,
        String validator,
        String studyDesign,
        String summary,
        LocalDate publishedOn,
        Source source) {
}
