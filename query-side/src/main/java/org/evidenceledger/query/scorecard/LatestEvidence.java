package org.evidenceledger.query.scorecard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.events.Source;

/** The newest entry behind a measure's status. */
public record LatestEvidence(String entryId, EntryType type, BigDecimal value, String unit, @Schema(nullable = true) BigDecimal baseline,
                             LocalDate occurredOn, boolean independent, Source source) {
}
