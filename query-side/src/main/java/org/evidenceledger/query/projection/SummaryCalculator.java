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

    /**
     * Whether {@link #next} can derive the summary after this entry from the summary before it. A retraction
     * takes an entry away (the first dates and the deployment target then depend on what stands), and a
     * deployment timeline's target depends on the dates of the timelines before it: both summarize the
     * whole timeline.
     */
    static boolean incremental(EntryType type) {
        return type != EntryType.RETRACTION && type != EntryType.DEPLOYMENT_TIMELINE
                && type != EntryType.ANNOUNCEMENT;
    }

    /**
     * The summary after one more standing entry, from the summary before it: what {@link #summarize} gives
     * for the timeline with that entry appended, for every type {@link #incremental} admits, without reading
     * the timeline again (a partnership's cost per event stays constant as its stream grows).
     */
    static SummaryRow next(SummaryRow previous, long version, EntryType type, LocalDate occurredOn) {
        if (!incremental(type)) {
            throw new IllegalArgumentException(type + " needs the whole timeline");
        }
        int benchmarks = previous.benchmarks() + (type == EntryType.BENCHMARK ? 1 : 0);
        int validations = previous.independentValidations() + (type == EntryType.INDEPENDENT_VALIDATION ? 1 : 0);
        int deployments = previous.clinicalDeployments() + (type == EntryType.CLINICAL_DEPLOYMENT ? 1 : 0);
        int outcomes = previous.outcomeReports() + (type == EntryType.OUTCOME_DATA ? 1 : 0);
        return new SummaryRow(previous.partnershipId(), version, previous.title(), previous.parties(),
                previous.announcedOn(), stage(benchmarks, validations, deployments, outcomes),
                previous.concluded() || type == EntryType.CONCLUSION, benchmarks, validations, deployments, outcomes,
                previous.deploymentTargetDate(),
                type == EntryType.CLINICAL_DEPLOYMENT ? earlier(previous.firstDeployedOn(), occurredOn)
                        : previous.firstDeployedOn(),
                type == EntryType.OUTCOME_DATA ? earlier(previous.firstOutcomeReportedOn(), occurredOn)
                        : previous.firstOutcomeReportedOn());
    }

    private static LocalDate earlier(LocalDate first, LocalDate candidate) {
        return first == null || candidate.isBefore(first) ? candidate : first;
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
