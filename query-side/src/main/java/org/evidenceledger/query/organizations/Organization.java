package org.evidenceledger.query.organizations;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * One organization's record across its partnerships. medianDaysWithoutOutcomeData is the median
 * over its partnerships that have no outcome data (null when every one has some).
 */
public record Organization(
        String name,
        long partnerships,
        long withOutcomeData,
        long withoutOutcomeData,
        @Schema(nullable = true) BigDecimal medianDaysWithoutOutcomeData) {
}
