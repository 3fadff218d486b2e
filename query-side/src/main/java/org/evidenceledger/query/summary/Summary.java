package org.evidenceledger.query.summary;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.evidenceledger.events.Party;

/** A partnership's summary as API.md states it, with days counted to a reference date. */
public record Summary(
        String partnershipId,
        String title,
        List<Party> parties,
        LocalDate announcedOn,
        Stage stage,
        boolean concluded,
        int benchmarks,
        int independentValidations,
        int clinicalDeployments,
        int outcomeReports,
        @Schema(nullable = true) LocalDate deploymentTargetDate,
        @Schema(nullable = true) LocalDate firstDeployedOn,
        @Schema(nullable = true) LocalDate firstOutcomeReportedOn,
        long daysWithoutOutcomeData,
        @Schema(nullable = true) Long daysToFirstOutcomeData,
        List<EvidenceGap> evidenceGaps,
        long version) {

    public static Summary of(SummaryRow row, LocalDate referenceDate) {
        boolean hasOutcomeData = row.outcomeReports() > 0;
        long daysWithout = hasOutcomeData ? 0 : Math.max(0, ChronoUnit.DAYS.between(row.announcedOn(), referenceDate));
        Long daysToFirst = row.firstOutcomeReportedOn() == null
                ? null : ChronoUnit.DAYS.between(row.announcedOn(), row.firstOutcomeReportedOn());
        return new Summary(row.partnershipId(), row.title(), row.parties(), row.announcedOn(), row.stage(),
                row.concluded(), row.benchmarks(), row.independentValidations(), row.clinicalDeployments(),
                row.outcomeReports(), row.deploymentTargetDate(), row.firstDeployedOn(), row.firstOutcomeReportedOn(),
                daysWithout, daysToFirst, gaps(row, referenceDate), row.version());
    }

    /** Days since a stated deployment target date passed with no clinical deployment, or null. */
    public static Long deploymentOverdueDays(SummaryRow row, LocalDate referenceDate) {
        LocalDate target = row.deploymentTargetDate();
        if (target == null || row.clinicalDeployments() > 0 || !target.isBefore(referenceDate)) {
            return null;
        }
        return ChronoUnit.DAYS.between(target, referenceDate);
    }

    static List<EvidenceGap> gaps(SummaryRow row, LocalDate referenceDate) {
        List<EvidenceGap> gaps = new ArrayList<>();
        boolean deployed = row.clinicalDeployments() > 0;
        if (row.benchmarks() == 0) {
            gaps.add(EvidenceGap.NO_BENCHMARK);
        }
        if (row.independentValidations() == 0) {
            gaps.add(EvidenceGap.NO_INDEPENDENT_VALIDATION);
        }
        if (row.deploymentTargetDate() == null && !deployed) {
            gaps.add(EvidenceGap.NO_DEPLOYMENT_TIMELINE);
        }
        if (deploymentOverdueDays(row, referenceDate) != null) {
            gaps.add(EvidenceGap.DEPLOYMENT_OVERDUE);
        }
        if (!deployed) {
            gaps.add(EvidenceGap.NO_CLINICAL_DEPLOYMENT);
        }
        if (row.outcomeReports() == 0) {
            gaps.add(EvidenceGap.NO_OUTCOME_DATA);
        }
        return List.copyOf(gaps);
    }
}
