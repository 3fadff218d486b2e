package org.evidenceledger.query.timeline;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.events.Source;
import org.evidenceledger.query.time.ReferenceTime;

/** An entry of a partnership's timeline as API.md states it, as seen at a reference time. */
public record TimelineEntry(
        String entryId,
        EntryType type,
        LocalDate occurredOn,
        Instant recordedAt,
        String recordedBy,
        Source source,
        @Schema(types = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                description = "The entry's own fields, as recorded.") @JsonRawValue String details,
        boolean retracted,
        @Schema(nullable = true) String retractionReason,
        @Schema(nullable = true) String retractionEntryId) {

    static TimelineEntry of(TimelineRow row, ReferenceTime at) {
        boolean retracted = at.includes(row.retractedAt());
        return new TimelineEntry(row.entryId(), row.type(), row.occurredOn(), row.recordedAt(), row.recordedBy(),
                row.source(), row.details(), retracted, retracted ? row.retractionReason() : null,
                retracted ? row.retractionEntryId() : null);
    }
}
