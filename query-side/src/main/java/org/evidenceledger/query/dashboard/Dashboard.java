package org.evidenceledger.query.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.evidenceledger.query.summary.Stage;
import org.evidenceledger.query.summary.Summary;

/**
 * The ledger at a glance. medianDaysWithoutOutcomeData is the median over the partnerships that
 * have no outcome data (null when there are none).
 */
public record Dashboard(
        long partnerships,
        Map<Stage, Long> byStage,
        long withoutOutcomeData,
        @Schema(nullable = true) BigDecimal medianDaysWithoutOutcomeData,
        List<Summary> longestWithoutOutcomeData) {
}
