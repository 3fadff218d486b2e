package org.evidenceledger.query.summary;

import java.time.LocalDate;
import java.util.Collections;
import java.util.function.BiPredicate;

/**
 * Evidence a buyer should ask for and that is not on record, in the order PRODUCT.md lists them. Each gap's rule
 * is written once, here: as a test of a summary on a reference date (for the answers), and beside it as the
 * condition on the summary versions s that selects the same summaries (for the list's filter, which pages on the
 * database's indexes); a {@code ?} in the condition stands for the reference date.
 */
public enum EvidenceGap {
    NO_BENCHMARK("s.benchmarks = 0", (row, day) -> row.benchmarks() == 0),
    NO_INDEPENDENT_VALIDATION("s.independent_validations = 0", (row, day) -> row.independentValidations() == 0),
    NO_DEPLOYMENT_TIMELINE("s.deployment_target_date IS NULL AND s.clinical_deployments = 0",
            (row, day) -> row.deploymentTargetDate() == null && row.clinicalDeployments() == 0),
    DEPLOYMENT_OVERDUE("s.clinical_deployments = 0 AND s.deployment_target_date < ?",
            (row, day) -> Summary.deploymentOverdueDays(row, day) != null),
    NO_CLINICAL_DEPLOYMENT("s.clinical_deployments = 0", (row, day) -> row.clinicalDeployments() == 0),
    NO_OUTCOME_DATA(DaysWithoutOutcomeData.WAITING, (row, day) -> DaysWithoutOutcomeData.waiting(row));

    private final String condition;
    private final BiPredicate<SummaryRow, LocalDate> shown;

    EvidenceGap(String condition, BiPredicate<SummaryRow, LocalDate> shown) {
        this.condition = condition;
        this.shown = shown;
    }

    boolean isShownBy(SummaryRow row, LocalDate referenceDate) {
        return shown.test(row, referenceDate);
    }

    /** Narrows {@code where} to the summaries that show this gap on the reference date. */
    Where filter(Where where, LocalDate referenceDate) {
        int dates = (int) condition.chars().filter(c -> c == '?').count();
        return where.and(condition, Collections.nCopies(dates, referenceDate).toArray());
    }
}
