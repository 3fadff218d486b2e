package org.evidenceledger.query.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.evidenceledger.events.Party;
import org.evidenceledger.events.PartyRole;
import org.junit.jupiter.api.Test;

/** What depends on the reference date: days without outcome data and the evidence gaps. */
class SummaryTest {

    private static final LocalDate REFERENCE = LocalDate.parse("2026-11-24");

    @Test
    void givenNoOutcomeData_thenTheWholeDaysFromTheAnnouncementToTheReferenceDate() {
        Summary summary = Summary.of(row(0, null, 0, null), REFERENCE);

        assertThat(summary.daysWithoutOutcomeData()).isEqualTo(173);
        assertThat(summary.daysToFirstOutcomeData()).isNull();
        assertThat(Summary.of(row(0, null, 0, null), LocalDate.parse("2026-06-04")).daysWithoutOutcomeData()).isZero();
    }

    @Test
    void givenOutcomeData_thenZeroDaysWithout_andTheDaysItTookToTheFirstReport() {
        Summary summary = Summary.of(row(1, null, 1, "2026-09-20"), REFERENCE);

        assertThat(summary.daysWithoutOutcomeData()).isZero();
        assertThat(summary.daysToFirstOutcomeData()).isEqualTo(108);
        assertThat(summary.evidenceGaps()).containsExactly(EvidenceGap.NO_BENCHMARK,
                EvidenceGap.NO_INDEPENDENT_VALIDATION);
    }

    @Test
    void givenNothingButTheAnnouncement_thenFiveGapsInTheOrderOfPRODUCT() {
        assertThat(Summary.of(row(0, null, 0, null), REFERENCE).evidenceGaps()).containsExactly(
                EvidenceGap.NO_BENCHMARK, EvidenceGap.NO_INDEPENDENT_VALIDATION, EvidenceGap.NO_DEPLOYMENT_TIMELINE,
                EvidenceGap.NO_CLINICAL_DEPLOYMENT, EvidenceGap.NO_OUTCOME_DATA);
    }

    @Test
    void aTargetDateIsOverdueOnlyOnceItHasPassed_andNeverOnceDeployed() {
        SummaryRow target = row(0, "2026-11-23", 0, null);

        assertThat(Summary.of(target, LocalDate.parse("2026-11-23")).evidenceGaps())
                .doesNotContain(EvidenceGap.DEPLOYMENT_OVERDUE, EvidenceGap.NO_DEPLOYMENT_TIMELINE);
        assertThat(Summary.of(target, REFERENCE).evidenceGaps()).containsExactly(EvidenceGap.NO_BENCHMARK,
                EvidenceGap.NO_INDEPENDENT_VALIDATION, EvidenceGap.DEPLOYMENT_OVERDUE,
                EvidenceGap.NO_CLINICAL_DEPLOYMENT, EvidenceGap.NO_OUTCOME_DATA);
        assertThat(Summary.of(row(1, "2026-11-23", 0, null), REFERENCE).evidenceGaps())
                .containsExactly(EvidenceGap.NO_BENCHMARK, EvidenceGap.NO_INDEPENDENT_VALIDATION,
                        EvidenceGap.NO_OUTCOME_DATA);
    }

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(Median.of(List.of())).isNull();
        assertThat(Median.of(List.of(173L))).isEqualByComparingTo("173");
        assertThat(Median.of(List.of(20L, 21L))).isEqualTo(new BigDecimal("20.5"));
        assertThat(Median.of(List.of(10L, 30L))).isEqualTo(new BigDecimal("20"));
        assertThat(Median.of(List.of(1L, 2L, 100L))).isEqualTo(new BigDecimal("2"));
    }

    private static SummaryRow row(int deployments, String targetDate, int outcomes, String firstOutcome) {
        return new SummaryRow("summary-partnership", 3, "Frontier model",
                List.of(new Party("Mayo Clinic", PartyRole.MODEL_OWNER)), LocalDate.parse("2026-06-04"),
                outcomes > 0 ? Stage.OUTCOMES_REPORTED : deployments > 0 ? Stage.CLINICALLY_DEPLOYED : Stage.ANNOUNCED,
                false, 0, 0, deployments, outcomes, targetDate == null ? null : LocalDate.parse(targetDate),
                deployments > 0 ? LocalDate.parse("2026-07-01") : null,
                firstOutcome == null ? null : LocalDate.parse(firstOutcome));
    }
}
