package org.evidenceledger.query.timeline;

import java.time.Instant;
import java.time.LocalDate;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.events.Source;

/** One entry of a timeline as stored; details is the entry's own fields as JSON text. */
public record TimelineRow(
        String partnershipId,
        String entryId,
        long sequenceNumber,
        EntryType type,
        LocalDate occurredOn,
        LocalDate targetDate,
        Instant recordedAt,
        String recordedBy,
        Source source,
        String details,
        Instant retractedAt,
        String retractionEntryId,
        String retractionReason) {
}
