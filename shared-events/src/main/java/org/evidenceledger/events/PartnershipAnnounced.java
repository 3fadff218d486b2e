package org.evidenceledger.events;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PartnershipAnnounced(
        PartnershipId partnershipId,
        String title,
        List<Party> parties,
        LocalDate announcedOn,
        Source source,
        String modelName,
        String dataBasis,
        List<String> intendedUses,
        List<PartnershipId> buildsOn) implements PartnershipEvent {

    public PartnershipAnnounced {
        parties = List.copyOf(parties);
        intendedUses = intendedUses == null ? List.of() : List.copyOf(intendedUses);
        buildsOn = buildsOn == null ? List.of() : List.copyOf(buildsOn);
    }

    @Override
    public EntryId entryId() {
        return EntryId.ANNOUNCEMENT;
    }

    @Override
    public EntryType entryType() {
        return EntryType.ANNOUNCEMENT;
    }

    @Override
    public LocalDate occurredOn() {
        return announcedOn;
    }
}
