package org.evidenceledger.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The partnership ended; from here on it takes only retractions. */
@Revision("1")
public record PartnershipConcluded(
        PartnershipId partnershipId,
        EntryId entryId,
        LocalDate concludedOn,
        String reason) implements PartnershipEvent {

    @Override
    public EntryType entryType() {
        return EntryType.CONCLUSION;
    }

    @Override
    public Source source() {
        return null;
    }

    @Override
    public LocalDate occurredOn() {
        return concludedOn;
    }
}
