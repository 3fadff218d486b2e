package org.evidenceledger.query.summary;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
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
        Long daysToFirst = row.firstOutcomeReportedOn() == null
                ? null : ChronoUnit.DAYS.between(row.announcedOn(), row.firstOutcomeReportedOn());
        return new Summary(row.partnershipId(), row.title(), row.parties(), row.announcedOn(), row.stage(),
                row.concluded(), row.benchmarks(), row.independentValidations(), row.clinicalDeployments(),
                row.outcomeReports(), row.deploymentTargetDate(), row.firstDeployedOn(), row.firstOutcomeReportedOn(),
                DaysWithoutOutcomeData.of(row, referenceDate), daysToFirst, gaps(row, referenceDate), row.version());
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
        return Arrays.stream(EvidenceGap.values()).filter(gap -> gap.isShownBy(row, referenceDate)).toList();
    }
}
