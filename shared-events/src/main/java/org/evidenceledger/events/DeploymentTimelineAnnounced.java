package org.evidenceledger.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A stated target date for clinical deployment; the target may lie in the future. */
@Revision("1")
public record DeploymentTimelineAnnounced(
        PartnershipId partnershipId,
        EntryId entryId,
        LocalDate targetDate,
        String scope,
        LocalDate announcedOn,
        Source source) implements PartnershipEvent {

    @Override
    public EntryType entryType() {
        return EntryType.DEPLOYMENT_TIMELINE;
    }

    @Override
    public LocalDate occurredOn() {
        return announcedOn;
    }
}
