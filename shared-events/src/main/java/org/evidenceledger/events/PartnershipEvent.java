package org.evidenceledger.events;

import java.time.LocalDate;

/** Every event of a partnership is one entry of its timeline. */
public interface PartnershipEvent {

    PartnershipId partnershipId();

    EntryId entryId();

    EntryType entryType();

    /** When it happened in the world, as intake gave it (or the day it was recorded, where it has no date). */
    LocalDate occurredOn();

    /** Where it was published; none for a retraction or a conclusion. */
    Source source();
}
