package org.evidenceledger.query.timeline;

import java.time.Instant;
import java.time.LocalDate;
import org.evidenceledger.events.EntryType;

/** A recorded entry as the feed tells it, with the title of its partnership. */
public record RecordedEntry(String partnershipId, String partnershipTitle, String entryId, EntryType type,
                            LocalDate occurredOn, Instant recordedAt, String recordedBy, String sourceUrl,
                            String details) {
}
