package org.evidenceledger.query.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;
import static org.evidenceledger.query.testing.Events.availability;
import static org.evidenceledger.query.testing.Events.benchmark;
import static org.evidenceledger.query.testing.Events.conclusion;
import static org.evidenceledger.query.testing.Events.deployment;
import static org.evidenceledger.query.testing.Events.outcome;
import static org.evidenceledger.query.testing.Events.party;
import static org.evidenceledger.query.testing.Events.retraction;
import static org.evidenceledger.query.testing.Events.timeline;
import static org.evidenceledger.query.testing.Events.validation;
import static org.evidenceledger.query.testing.Json.number;
import static org.evidenceledger.query.testing.Json.text;
import static org.evidenceledger.query.testing.Json.texts;

import java.time.Instant;
import org.evidenceledger.events.PartyRole;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET /api/partnerships/{id}: stage, counts, evidence gaps and days, from events fed into the event store. */
class PartnershipSummaryTest extends QuerySideHttpTest {

    private static final String ALL_GAPS_BUT_OVERDUE = "NO_BENCHMARK,NO_INDEPENDENT_VALIDATION,NO_DEPLOYMENT_TIMELINE,"
            + "NO_CLINICAL_DEPLOYMENT,NO_OUTCOME_DATA";

    @Test
    void givenOnlyTheAnnouncement_whenAskedAsOfTheReferenceDate_thenAnnouncedWith173DaysAndFiveGaps() {
        String id = "sum-reference-example";
        ledger.record("2026-06-04T15:00:00Z", announced(id, "Mayo Clinic and Microsoft frontier AI model for healthcare",
                "2026-06-04", party("Mayo Clinic", PartyRole.MODEL_OWNER),
                party("Microsoft", PartyRole.TECHNOLOGY_PARTNER), party("Microsoft", PartyRole.CLOUD_DISTRIBUTOR)));
        api.awaitVersion(id, 0);

        JsonNode summary = api.summary(id, "2026-11-24");

        assertThat(text(summary, "partnershipId")).isEqualTo(id);
        assertThat(text(summary, "title")).isEqualTo("Mayo Clinic and Microsoft frontier AI model for healthcare");
        assertThat(summary.get("parties")).hasSize(3);
        assertThat(text(summary.get("parties").get(2), "name")).isEqualTo("Microsoft");
        assertThat(text(summary.get("parties").get(2), "role")).isEqualTo("CLOUD_DISTRIBUTOR");
        assertThat(text(summary, "announcedOn")).isEqualTo("2026-06-04");
        assertThat(text(summary, "stage")).isEqualTo("ANNOUNCED");
        assertThat(summary.get("concluded").asBoolean()).isFalse();
        assertThat(counts(summary)).containsExactly(0L, 0L, 0L, 0L);
        assertThat(text(summary, "deploymentTargetDate")).isNull();
        assertThat(text(summary, "firstDeployedOn")).isNull();
        assertThat(text(summary, "firstOutcomeReportedOn")).isNull();
        assertThat(number(summary, "daysWithoutOutcomeData")).isEqualTo(173);
        assertThat(number(summary, "daysToFirstOutcomeData")).isNull();
        assertThat(texts(summary, "evidenceGaps")).containsExactly(
                "NO_BENCHMARK", "NO_INDEPENDENT_VALIDATION", "NO_DEPLOYMENT_TIMELINE", "NO_CLINICAL_DEPLOYMENT",
                "NO_OUTCOME_DATA");
        assertThat(number(summary, "version")).isZero();
        assertThat(number(api.summary(id), "daysWithoutOutcomeData")).as("today is 2026-11-24").isEqualTo(173);
    }

    @Test
    void givenEvidenceRecordedStepByStep_thenTheStageClimbsAndTheGapsClose() {
        String id = "sum-stage-climb";
        ledger.record("2026-03-02T10:00:00Z", announced(id, "2026-03-02"));
        ledger.record("2026-04-01T10:00:00Z", benchmark(id, "bench-1", "2026-04-01"));
        ledger.record("2026-05-01T10:00:00Z", validation(id, "valid-1", "2026-05-01"));
        ledger.record("2026-06-01T10:00:00Z", deployment(id, "deploy-1", "2026-06-01"));
        long version = ledger.record("2026-07-01T10:00:00Z", outcome(id, "outcome-1", "2026-07-01"));
        api.awaitVersion(id, version);

        assertThat(stageAndGaps(api.summary(id, "2026-03-31"))).isEqualTo("ANNOUNCED " + ALL_GAPS_BUT_OVERDUE);
        assertThat(stageAndGaps(api.summary(id, "2026-04-30"))).isEqualTo(
                "BENCHMARKED NO_INDEPENDENT_VALIDATION,NO_DEPLOYMENT_TIMELINE,NO_CLINICAL_DEPLOYMENT,NO_OUTCOME_DATA");
        assertThat(stageAndGaps(api.summary(id, "2026-05-31"))).isEqualTo(
                "INDEPENDENTLY_VALIDATED NO_DEPLOYMENT_TIMELINE,NO_CLINICAL_DEPLOYMENT,NO_OUTCOME_DATA");
        assertThat(stageAndGaps(api.summary(id, "2026-06-30"))).as("a deployment needs no timeline any more")
                .isEqualTo("CLINICALLY_DEPLOYED NO_OUTCOME_DATA");
        JsonNode current = api.summary(id);
        assertThat(stageAndGaps(current)).isEqualTo("OUTCOMES_REPORTED ");
        assertThat(counts(current)).containsExactly(1L, 1L, 1L, 1L);
        assertThat(text(current, "firstDeployedOn")).isEqualTo("2026-06-01");
        assertThat(text(current, "firstOutcomeReportedOn")).isEqualTo("2026-07-01");
        assertThat(number(current, "daysWithoutOutcomeData")).isZero();
        assertThat(number(current, "daysToFirstOutcomeData")).isEqualTo(121);
        assertThat(number(current, "version")).isEqualTo(4);
    }

    @Test
    void givenADeploymentWithoutBenchmarkOrValidation_thenTheHighestStageReachedCounts() {
        String id = "sum-skipped-stages";
        ledger.record("2026-05-04T10:00:00Z", announced(id, "2026-05-04"));
        ledger.record("2026-06-01T10:00:00Z", availability(id, "offered-1", "2026-06-01", "2027-01-15"));
        long version = ledger.record("2026-06-02T10:00:00Z", deployment(id, "deploy-1", "2026-06-01"));

        JsonNode summary = api.awaitVersion(id, version);

        assertThat(text(summary, "stage")).isEqualTo("CLINICALLY_DEPLOYED");
        assertThat(counts(summary)).containsExactly(0L, 0L, 1L, 0L);
        assertThat(texts(summary, "evidenceGaps")).as("no timeline is asked for once the model is deployed")
                .containsExactly("NO_BENCHMARK", "NO_INDEPENDENT_VALIDATION", "NO_OUTCOME_DATA");
        assertThat(text(summary, "firstDeployedOn")).isEqualTo("2026-06-01");
        assertThat(number(summary, "daysWithoutOutcomeData")).isEqualTo(204);
    }

    @Test
    void givenAnAvailabilityOnly_thenNothingButTheVersionChanges() {
        String id = "sum-availability-only";
        ledger.record("2026-06-04T10:00:00Z", announced(id, "2026-06-04"));
        long version = ledger.record("2026-06-05T10:00:00Z", availability(id, "offered-1", "2026-06-05", "2027-01-15"));

        JsonNode summary = api.awaitVersion(id, version);

        assertThat(number(summary, "version")).isEqualTo(1);
        assertThat(stageAndGaps(summary)).isEqualTo("ANNOUNCED " + ALL_GAPS_BUT_OVERDUE);
        assertThat(counts(summary)).containsExactly(0L, 0L, 0L, 0L);
        assertThat(number(summary, "daysWithoutOutcomeData")).isEqualTo(173);
    }

    @Test
    void givenOutcomeDataRecordedOutOfOrder_thenTheEarliestReportCountsAndRetractingItMovesTheFirstReport() {
        String id = "sum-outcome-days";
        ledger.record("2026-06-04T10:00:00Z", announced(id, "2026-06-04"));
        ledger.record("2026-08-02T10:00:00Z", deployment(id, "deploy-late", "2026-08-01"));
        ledger.record("2026-08-03T10:00:00Z", deployment(id, "deploy-early", "2026-07-15"));
        ledger.record("2026-10-02T10:00:00Z", outcome(id, "outcome-late", "2026-10-01"));
        long version = ledger.record("2026-10-03T10:00:00Z", outcome(id, "outcome-early", "2026-09-20"));

        JsonNode both = api.awaitVersion(id, version);
        assertThat(text(both, "stage")).isEqualTo("OUTCOMES_REPORTED");
        assertThat(counts(both)).containsExactly(0L, 0L, 2L, 2L);
        assertThat(text(both, "firstDeployedOn")).isEqualTo("2026-07-15");
        assertThat(text(both, "firstOutcomeReportedOn")).isEqualTo("2026-09-20");
        assertThat(number(both, "daysWithoutOutcomeData")).isZero();
        assertThat(number(both, "daysToFirstOutcomeData")).isEqualTo(108);
        assertThat(texts(both, "evidenceGaps")).containsExactly("NO_BENCHMARK", "NO_INDEPENDENT_VALIDATION");

        version = ledger.record("2026-10-10T10:00:00Z",
                retraction(id, "retract-early", "outcome-early", "2026-10-10", "wrong partnership"));
        JsonNode one = api.awaitVersion(id, version);
        assertThat(counts(one)).containsExactly(0L, 0L, 2L, 1L);
        assertThat(text(one, "firstOutcomeReportedOn")).isEqualTo("2026-10-01");
        assertThat(number(one, "daysToFirstOutcomeData")).isEqualTo(119);
        assertThat(number(one, "daysWithoutOutcomeData")).isZero();

        version = ledger.record("2026-10-20T10:00:00Z",
                retraction(id, "retract-late", "outcome-late", "2026-10-20", "figures were preliminary"));
        JsonNode none = api.awaitVersion(id, version);
        assertThat(text(none, "stage")).isEqualTo("CLINICALLY_DEPLOYED");
        assertThat(counts(none)).containsExactly(0L, 0L, 2L, 0L);
        assertThat(text(none, "firstOutcomeReportedOn")).isNull();
        assertThat(number(none, "daysToFirstOutcomeData")).isNull();
        assertThat(number(none, "daysWithoutOutcomeData")).as("counting again from the announcement").isEqualTo(173);
        assertThat(texts(none, "evidenceGaps")).containsExactly("NO_BENCHMARK", "NO_INDEPENDENT_VALIDATION",
                "NO_OUTCOME_DATA");
    }

    @Test
    void givenRetractions_thenCountsAndStageLeaveTheRetractedEntriesOut() {
        String id = "sum-retract-counts";
        ledger.record("2026-06-04T10:00:00Z", announced(id, "2026-06-04"));
        ledger.record("2026-06-10T10:00:00Z", benchmark(id, "bench-1", "2026-06-10"));
        ledger.record("2026-06-11T10:00:00Z", benchmark(id, "bench-2", "2026-06-11"));
        ledger.record("2026-06-12T10:00:00Z", validation(id, "valid-1", "2026-06-12"));
        long version = ledger.record("2026-06-13T10:00:00Z", deployment(id, "deploy-1", "2026-06-13"));
        JsonNode deployed = api.awaitVersion(id, version);
        assertThat(text(deployed, "stage")).isEqualTo("CLINICALLY_DEPLOYED");
        assertThat(counts(deployed)).containsExactly(2L, 1L, 1L, 0L);

        version = ledger.record("2026-07-01T10:00:00Z", retraction(id, "retract-1", "deploy-1", "2026-07-01", "pilot never started"));
        JsonNode undeployed = api.awaitVersion(id, version);
        assertThat(text(undeployed, "stage")).isEqualTo("INDEPENDENTLY_VALIDATED");
        assertThat(counts(undeployed)).containsExactly(2L, 1L, 0L, 0L);
        assertThat(text(undeployed, "firstDeployedOn")).isNull();
        assertThat(texts(undeployed, "evidenceGaps"))
                .containsExactly("NO_DEPLOYMENT_TIMELINE", "NO_CLINICAL_DEPLOYMENT", "NO_OUTCOME_DATA");

        version = ledger.record("2026-07-02T10:00:00Z", retraction(id, "retract-2", "valid-1", "2026-07-02", "not independent"));
        assertThat(text(api.awaitVersion(id, version), "stage")).isEqualTo("BENCHMARKED");

        version = ledger.record("2026-07-03T10:00:00Z", retraction(id, "retract-3", "bench-1", "2026-07-03", "duplicate"));
        JsonNode oneBenchmark = api.awaitVersion(id, version);
        assertThat(text(oneBenchmark, "stage")).isEqualTo("BENCHMARKED");
        assertThat(counts(oneBenchmark)).containsExactly(1L, 0L, 0L, 0L);

        version = ledger.record("2026-07-04T10:00:00Z", retraction(id, "retract-4", "bench-2", "2026-07-04", "withdrawn preprint"));
        JsonNode nothing = api.awaitVersion(id, version);
        assertThat(stageAndGaps(nothing)).isEqualTo("ANNOUNCED " + ALL_GAPS_BUT_OVERDUE);
        assertThat(counts(nothing)).containsExactly(0L, 0L, 0L, 0L);
        assertThat(number(nothing, "version")).isEqualTo(8);
    }

    @Test
    void givenAConclusion_thenConcluded_andRetractingTheConclusionUnconcludes() {
        String id = "sum-conclusion";
        ledger.record("2026-06-04T10:00:00Z", announced(id, "2026-06-04"));
        long version = ledger.record("2026-09-01T10:00:00Z", conclusion(id, "ended", "2026-08-31"));
        assertThat(api.awaitVersion(id, version).get("concluded").asBoolean()).isTrue();

        version = ledger.record("2026-09-02T10:00:00Z", retraction(id, "retract-end", "ended", "2026-09-02", "not ended after all"));

        JsonNode summary = api.awaitVersion(id, version);
        assertThat(summary.get("concluded").asBoolean()).isFalse();
        assertThat(api.summary(id, "2026-09-01").get("concluded").asBoolean()).isTrue();
    }

    @Test
    void givenATargetDateThatPassedWithoutDeployment_thenDeploymentOverdueFromTheDayAfter_untilDeployed() {
        String id = "sum-overdue";
        ledger.record("2026-06-04T10:00:00Z", announced(id, "2026-06-04"));
        long version = ledger.record("2026-07-01T10:00:00Z", timeline(id, "timeline-1", "2026-07-01", "2026-10-01"));
        JsonNode current = api.awaitVersion(id, version);

        assertThat(text(current, "deploymentTargetDate")).isEqualTo("2026-10-01");
        assertThat(texts(current, "evidenceGaps")).containsExactly("NO_BENCHMARK", "NO_INDEPENDENT_VALIDATION",
                "DEPLOYMENT_OVERDUE", "NO_CLINICAL_DEPLOYMENT", "NO_OUTCOME_DATA");
        assertThat(texts(api.summary(id, "2026-06-30"), "evidenceGaps")).as("before the timeline was recorded")
                .containsExactly("NO_BENCHMARK", "NO_INDEPENDENT_VALIDATION", "NO_DEPLOYMENT_TIMELINE",
                        "NO_CLINICAL_DEPLOYMENT", "NO_OUTCOME_DATA");
        assertThat(texts(api.summary(id, "2026-09-30"), "evidenceGaps")).containsExactly("NO_BENCHMARK",
                "NO_INDEPENDENT_VALIDATION", "NO_CLINICAL_DEPLOYMENT", "NO_OUTCOME_DATA");
        assertThat(texts(api.summary(id, "2026-10-01"), "evidenceGaps")).as("the target day itself has not passed")
                .doesNotContain("DEPLOYMENT_OVERDUE");
        assertThat(texts(api.summary(id, "2026-10-02"), "evidenceGaps")).contains("DEPLOYMENT_OVERDUE");

        version = ledger.record("2026-11-20T10:00:00Z", deployment(id, "deploy-1", "2026-11-20"));
        assertThat(texts(api.awaitVersion(id, version), "evidenceGaps"))
                .containsExactly("NO_BENCHMARK", "NO_INDEPENDENT_VALIDATION", "NO_OUTCOME_DATA");
    }

    @Test
    void givenARevisedTimeline_thenItsTargetCounts_andRetractingTimelinesRestoresTheGaps() {
        String id = "sum-revised-timeline";
        ledger.record("2026-06-04T10:00:00Z", announced(id, "2026-06-04"));
        ledger.record("2026-07-01T10:00:00Z", timeline(id, "timeline-1", "2026-07-01", "2026-09-01"));
        long version = ledger.record("2026-09-15T10:00:00Z", timeline(id, "timeline-2", "2026-09-15", "2027-03-01"));
        JsonNode revised = api.awaitVersion(id, version);
        assertThat(text(revised, "deploymentTargetDate")).isEqualTo("2027-03-01");
        assertThat(texts(revised, "evidenceGaps")).doesNotContain("NO_DEPLOYMENT_TIMELINE", "DEPLOYMENT_OVERDUE");

        version = ledger.record("2026-10-01T10:00:00Z", retraction(id, "retract-2", "timeline-2", "2026-10-01", "misquoted"));
        JsonNode first = api.awaitVersion(id, version);
        assertThat(text(first, "deploymentTargetDate")).isEqualTo("2026-09-01");
        assertThat(texts(first, "evidenceGaps")).contains("DEPLOYMENT_OVERDUE").doesNotContain("NO_DEPLOYMENT_TIMELINE");

        version = ledger.record("2026-10-02T10:00:00Z", retraction(id, "retract-1", "timeline-1", "2026-10-02", "never stated"));
        JsonNode none = api.awaitVersion(id, version);
        assertThat(text(none, "deploymentTargetDate")).isNull();
        assertThat(stageAndGaps(none)).isEqualTo("ANNOUNCED " + ALL_GAPS_BUT_OVERDUE);
    }

    @Test
    void givenTheClockMovesOn_thenDaysWithoutOutcomeDataCountToTheNewToday() {
        String id = "sum-today";
        long version = ledger.record("2026-06-04T10:00:00Z", announced(id, "2026-06-04"));
        assertThat(number(api.awaitVersion(id, version), "daysWithoutOutcomeData")).isEqualTo(173);

        clock.set(Instant.parse("2026-12-24T00:30:00Z"));

        assertThat(number(api.summary(id), "daysWithoutOutcomeData")).isEqualTo(203);
        assertThat(number(api.summary(id, "2026-12-24"), "daysWithoutOutcomeData")).isEqualTo(203);
        assertThat(number(api.summary(id, "2026-08-01"), "daysWithoutOutcomeData")).isEqualTo(58);
    }

    @Test
    void givenAnUnknownPartnership_thenNotFound() {
        api.get("/api/partnerships/sum-never-recorded").problem(404);
        api.get("/api/partnerships/sum-never-recorded/timeline").problem(404);
    }

    private static String stageAndGaps(JsonNode summary) {
        return text(summary, "stage") + " " + String.join(",", texts(summary, "evidenceGaps"));
    }

    private static Long[] counts(JsonNode summary) {
        return new Long[] {number(summary, "benchmarks"), number(summary, "independentValidations"),
                number(summary, "clinicalDeployments"), number(summary, "outcomeReports")};
    }
}
