package org.evidenceledger.command.announcedeploymenttimeline;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.PartnershipId;
import org.evidenceledger.events.Source;

/** announcedOn is the day the timeline was stated (the recording day when intake gave none). */
public record AnnounceDeploymentTimeline(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        EntryId entryId,
        Long expectedVersion,
        LocalDate targetDate,
        String scope,
        LocalDate announcedOn,
        Source source) {
}
