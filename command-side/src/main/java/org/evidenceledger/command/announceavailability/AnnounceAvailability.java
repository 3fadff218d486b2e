package org.evidenceledger.command.announceavailability;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.PartnershipId;
import org.evidenceledger.events.Source;

/** availableOn may be absent or in the future; announcedOn defaults to the recording day at the edge. */
public record AnnounceAvailability(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        EntryId entryId,
        Long expectedVersion,
        String channel,
        LocalDate availableOn,
        LocalDate announcedOn,
        Source source) {
}
