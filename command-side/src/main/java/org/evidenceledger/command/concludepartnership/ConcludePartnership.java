package org.evidenceledger.command.concludepartnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.PartnershipId;

public record ConcludePartnership(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        EntryId entryId,
        Long expectedVersion,
        LocalDate concludedOn,
        String reason) {
}
