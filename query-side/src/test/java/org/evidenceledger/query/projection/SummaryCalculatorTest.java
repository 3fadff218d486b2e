package org.evidenceledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.events.Party;
import org.evidenceledger.events.PartyRole;
import org.evidenceledger.query.summary.Stage;
import org.evidenceledger.query.summary.SummaryRow;
import org.evidenceledger.query.timeline.TimelineRow;
import org.junit.jupiter.api.Test;

/** What a summary keeps from a timeline: only the entries not retracted count (PRODUCT.md, Domain). */
class SummaryCalculatorTest {

    private static final List<Party> PARTIES = List.of(new Party("Mayo Clinic", PartyRole.MODEL_OWNER));
    private static final LocalDate ANNOUNCED_ON = LocalDate.parse("2026-06-04");

    private final List<TimelineRow> timeline = new ArrayList<>(List.of(
            row(0, "announcement", EntryType.ANNOUNCEMENT, "2026-06-04", null, false)));

    @Test
    void givenOnlyTheAnnouncement_thenAnnouncedWithNothingCounted() {
        SummaryRow summary = summarize();

        assertThat(summary.stage()).isEqualTo(Stage.ANNOUNCED);
        assertThat(summary.benchmarks() + summary.independentValidations() + summary.clinicalDeployments()
                + summary.outcomeReports()).isZero();
        assertThat(summary.deploymentTargetDate()).isNull();
        assertThat(summary.concluded()).isFalse();
        assertThat(summary.title()).isEqualTo("Frontier model");
        assertThat(summary.parties()).isEqualTo(PARTIES);
        assertThat(summary.announcedOn()).isEqualTo(ANNOUNCED_ON);
        assertThat(summary.version()).isEqualTo(timeline.size() - 1);
    }

    @Test
    void givenRetractedEntries_thenTheyCountForNothing() {
        timeline.add(row(1, "bench-1", EntryType.BENCHMARK, "2026-06-10", null, true));
        timeline.add(row(2, "valid-1", EntryType.INDEPENDENT_VALIDATION, "2026-06-11", null, false));
        timeline.add(row(3, "deploy-early", EntryType.CLINICAL_DEPLOYMENT, "2026-07-01", null, true));
        timeline.add(row(4, "deploy-late", EntryType.CLINICAL_DEPLOYMENT, "2026-08-01", null, false));
        timeline.add(row(5, "outcome-1", EntryType.OUTCOME_DATA, "2026-09-01", null, true));
        timeline.add(row(6, "end", EntryType.CONCLUSION, "2026-10-01", null, true));

        SummaryRow summary = summarize();

        assertThat(summary.stage()).isEqualTo(Stage.CLINICALLY_DEPLOYED);
        assertThat(summary.benchmarks()).isZero();
        assertThat(summary.independentValidations()).isEqualTo(1);
        assertThat(summary.clinicalDeployments()).isEqualTo(1);
        assertThat(summary.outcomeReports()).isZero();
        assertThat(summary.firstDeployedOn()).isEqualTo("2026-08-01");
        assertThat(summary.firstOutcomeReportedOn()).isNull();
        assertThat(summary.concluded()).isFalse();
    }

    @Test
    void givenOutcomeDataWithoutLowerEvidence_thenOutcomesReported() {
        timeline.add(row(1, "outcome-late", EntryType.OUTCOME_DATA, "2026-09-01", null, false));
        timeline.add(row(2, "outcome-early", EntryType.OUTCOME_DATA, "2026-08-15", null, false));

        SummaryRow summary = summarize();

        assertThat(summary.stage()).isEqualTo(Stage.OUTCOMES_REPORTED);
        assertThat(summary.outcomeReports()).isEqualTo(2);
        assertThat(summary.firstOutcomeReportedOn()).isEqualTo("2026-08-15");
    }

    @Test
    void givenSeveralTimelines_thenTheTargetOfTheLatestStandingOneCounts() {
        timeline.add(row(1, "timeline-1", EntryType.DEPLOYMENT_TIMELINE, "2026-07-01", "2026-09-01", false));
        timeline.add(row(2, "timeline-3", EntryType.DEPLOYMENT_TIMELINE, "2026-10-01", "2027-06-01", true));
        timeline.add(row(3, "timeline-2", EntryType.DEPLOYMENT_TIMELINE, "2026-08-01", "2027-01-01", false));

        assertThat(summarize().deploymentTargetDate()).isEqualTo("2027-01-01");
    }

    @Test
    void givenAStandingConclusion_thenConcluded() {
        timeline.add(row(1, "end", EntryType.CONCLUSION, "2026-10-01", null, false));

        assertThat(summarize().concluded()).isTrue();
    }

    private SummaryRow summarize() {
        return SummaryCalculator.summarize("calc-partnership", timeline.size() - 1, "Frontier model", PARTIES,
                ANNOUNCED_ON, timeline);
    }

    private static TimelineRow row(long sequenceNumber, String entryId, EntryType type, String occurredOn,
                                   String targetDate, boolean retracted) {
        Instant recordedAt = Instant.parse("2026-06-04T10:00:00Z").plusSeconds(sequenceNumber * 3600);
        return new TimelineRow("calc-partnership", entryId, sequenceNumber, type, LocalDate.parse(occurredOn),
                targetDate == null ? null : LocalDate.parse(targetDate), recordedAt, "ana", null, "{}",
                retracted ? recordedAt.plusSeconds(60) : null, retracted ? "retract-" + entryId : null,
                retracted ? "mistake" : null);
    }
}
