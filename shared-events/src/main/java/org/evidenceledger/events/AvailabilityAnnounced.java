package org.evidenceledger.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The model is (or will be) offered through a channel, such as a cloud API; availableOn may be absent or in the future. */
@Revision("1")
public record AvailabilityAnnounced(
        PartnershipId partnershipId,
        EntryId entryId,
        String channel,
        LocalDate availableOn,
        LocalDate announcedOn,
        Source source) implements PartnershipEvent {

    @Override
    public EntryType entryType() {
        return EntryType.AVAILABILITY;
    }

    @Override
    public LocalDate occurredOn() {
        return announcedOn;
    }
}
