package org.evidenceledger.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A correction: the retracted entry stays in the record, marked as retracted with the reason. */
@Revision("1")
public record EntryRetracted(
        PartnershipId partnershipId,
        EntryId entryId,
        EntryId retractedEntryId,
        String reason,
        LocalDate retractedOn) implements PartnershipEvent {

    @Override
    public EntryType entryType() {
        return EntryType.RETRACTION;
    }

    @Override
    public Source source() {
        return null;
    }

    @Override
    public LocalDate occurredOn() {
        return retractedOn;
    }
}
