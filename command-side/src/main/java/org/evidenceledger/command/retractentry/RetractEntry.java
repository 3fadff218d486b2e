package org.evidenceledger.command.retractentry;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.PartnershipId;

/** entryId is the retraction's own entry; retractedEntryId the entry it withdraws. */
public record RetractEntry(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        EntryId entryId,
        Long expectedVersion,
        EntryId retractedEntryId,
        String reason,
        LocalDate retractedOn) {
}
