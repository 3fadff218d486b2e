package org.evidenceledger.query.organizations;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.evidenceledger.query.summary.Summary;

/**
 * An organization's track record, as trial trackers keep one per sponsor: how many of its
 * partnerships have outcome data, how long the others have waited, how long the first outcome took,
 * and how many stated deployment dates have passed with no deployment.
 */
public record OrganizationRecord(
        String name,
        long partnerships,
        long withOutcomeData,
        BigDecimal shareWithOutcomeData,
        @Schema(nullable = true) BigDecimal medianDaysWithoutOutcomeData,
        @Schema(nullable = true) BigDecimal medianDaysToFirstOutcomeData,
        long overdueDeployments,
        List<Summary> items) {
}
