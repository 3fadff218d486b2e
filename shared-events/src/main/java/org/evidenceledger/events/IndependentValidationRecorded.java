package org.evidenceledger.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record IndependentValidationRecorded(
        PartnershipId partnershipId,
        EntryId entryId,
        String validator,
        String studyDesign,
        String summary,
        LocalDate publishedOn,
        Source source) implements PartnershipEvent {

    @Override
    public EntryType entryType() {
        return EntryType.INDEPENDENT_VALIDATION;
    }

    @Override
    public LocalDate occurredOn() {
        return publishedOn;
    }
}
