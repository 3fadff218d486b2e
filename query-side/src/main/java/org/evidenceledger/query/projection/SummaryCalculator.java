package org.evidenceledger.query.projection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.events.Party;
import org.evidenceledger.query.summary.Stage;
import org.evidenceledger.query.summary.SummaryRow;
import org.evidenceledger.query.timeline.TimelineRow;

/** Derives a summary from a partnership's timeline: only entries not retracted count (PRODUCT.md). */
final class SummaryCalculator {

    private SummaryCalculator() {
    }

    static SummaryRow summarize(String partnershipId, long version, String title, List<Party> parties,
                                LocalDate announcedOn, List<TimelineRow> timeline) {
        List<TimelineRow> standing = timeline.stream().filter(row -> row.retractedAt() == null).toList();
        int benchmarks = count(standing, EntryType.BENCHMARK);
        int validations = count(standing, EntryType.INDEPENDENT_VALIDATION);
        int deployments = count(standing, EntryType.CLINICAL_DEPLOYMENT);
        int outcomes = count(standing, EntryType.OUTCOME_DATA);
        LocalDate target = standing.stream()
                .filter(row -> row.type() == EntryType.DEPLOYMENT_TIMELINE)
                .max(Comparator.comparing(TimelineRow::occurredOn).thenComparing(TimelineRow::sequenceNumber))
                .map(TimelineRow::targetDate)
                .orElse(null);
        return new SummaryRow(partnershipId, version, title, parties, announcedOn,
                stage(benchmarks, validations, deployments, outcomes),
                count(standing, EntryType.CONCLUSION) > 0, benchmarks, validations, deployments, outcomes, target,
                first(standing, EntryType.CLINICAL_DEPLOYMENT), first(standing, EntryType.OUTCOME_DATA));
    }

    private static Stage stage(int benchmarks, int validations, int deployments, int outcomes) {
        if (outcomes > 0) {
            return Stage.OUTCOMES_REPORTED;
        }
        if (deployments > 0) {
            return Stage.CLINICALLY_DEPLOYED;
        }
        if (validations > 0) {
            return Stage.INDEPENDENTLY_VALIDATED;
        }
        return benchmarks > 0 ? Stage.BENCHMARKED : Stage.ANNOUNCED;
    }

    private static int count(List<TimelineRow> rows, EntryType type) {
        return (int) rows.stream().filter(row -> row.type() == type).count();
    }

    private static LocalDate first(List<TimelineRow> rows, EntryType type) {
        return rows.stream()
                .filter(row -> row.type() == type)
                .map(TimelineRow::occurredOn)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }
}
