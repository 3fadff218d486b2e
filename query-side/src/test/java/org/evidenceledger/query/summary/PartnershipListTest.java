package org.evidenceledger.query.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;
import static org.evidenceledger.query.testing.Events.benchmark;
import static org.evidenceledger.query.testing.Events.deployment;
import static org.evidenceledger.query.testing.Events.outcome;
import static org.evidenceledger.query.testing.Events.party;
import static org.evidenceledger.query.testing.Events.timeline;
import static org.evidenceledger.query.testing.Events.validation;
import static org.evidenceledger.query.testing.Json.column;
import static org.evidenceledger.query.testing.Json.text;
import static org.evidenceledger.query.testing.Json.texts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.evidenceledger.events.PartyRole;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/partnerships: filters, sort, order and pages over six partnerships of one organization
 * (the party filter keeps other tests' partnerships out; a seventh belongs to another organization),
 * and 400 for every bad parameter.
 */
class PartnershipListTest extends QuerySideHttpTest {

    private static final String ORGANIZATION = "List Filter Org";
    private static final String BY_PARTY = "/api/partnerships?party=List%20Filter%20Org";

    /** Days without outcome data on 2026-11-24, most first. */
    private static final List<String> BY_DAYS = List.of(
            "lf-announced",   // 173, announced 2026-06-04
            "lf-overdue",     // 146, announced 2026-07-01, target 2026-10-01 passed
            "lf-validated",   // 101, announced 2026-08-15
            "lf-deployed",    //  84, announced 2026-09-01
            "lf-benchmarked", //  23, announced 2026-11-01
            "lf-outcomes");   //   0, announced 2026-03-02, outcome data on record

    @BeforeEach
    void recordThePartnershipsOnce() {
        if (api.get("/api/partnerships/lf-outcomes").status() == 200) {
            return;
        }
        ledger.record("2026-06-04T12:00:00Z", announced("lf-announced", "Delta partnership", "2026-06-04",
                party(ORGANIZATION, PartyRole.MODEL_OWNER), party(ORGANIZATION, PartyRole.CLOUD_DISTRIBUTOR)));
        ledger.record("2026-07-01T12:00:00Z", announced("lf-overdue", "Bravo partnership", "2026-07-01",
                party(ORGANIZATION, PartyRole.DEVELOPER)));
        ledger.record("2026-07-02T12:00:00Z", timeline("lf-overdue", "timeline-1", "2026-07-02", "2026-10-01"));
        ledger.record("2026-08-15T12:00:00Z", announced("lf-validated", "Echo partnership", "2026-08-15",
                party(ORGANIZATION, PartyRole.DATA_PROVIDER)));
        ledger.record("2026-08-20T12:00:00Z", validation("lf-validated", "valid-1", "2026-08-20"));
        ledger.record("2026-09-01T12:00:00Z", announced("lf-deployed", "Foxtrot partnership", "2026-09-01",
                party(ORGANIZATION, PartyRole.CLINICAL_SITE)));
        ledger.record("2026-09-10T12:00:00Z", deployment("lf-deployed", "deploy-1", "2026-09-10"));
        ledger.record("2026-11-01T12:00:00Z", announced("lf-benchmarked", "Alpha partnership", "2026-11-01",
                party(ORGANIZATION, PartyRole.TECHNOLOGY_PARTNER)));
        ledger.record("2026-11-02T12:00:00Z", benchmark("lf-benchmarked", "bench-1", "2026-11-02"));
        ledger.record("2026-03-02T12:00:00Z", announced("lf-outcomes", "Charlie partnership", "2026-03-02",
                party(ORGANIZATION, PartyRole.MODEL_OWNER)));
        ledger.record("2026-04-01T12:00:00Z", deployment("lf-outcomes", "deploy-1", "2026-04-01"));
        ledger.record("2026-05-01T12:00:00Z", outcome("lf-outcomes", "outcome-1", "2026-05-01"));
        ledger.record("2026-05-01T12:00:00Z", announced("lf-other-party", "Alpha other partnership", "2026-05-01",
                party("List Other Org", PartyRole.MODEL_OWNER)));
        api.awaitVersion("lf-announced", 0);
        api.awaitVersion("lf-overdue", 1);
        api.awaitVersion("lf-validated", 1);
        api.awaitVersion("lf-deployed", 1);
        api.awaitVersion("lf-benchmarked", 1);
        api.awaitVersion("lf-other-party", 0);
        api.awaitVersion("lf-outcomes", 2);
    }

    @Test
    void byDefault_theOrganizationsPartnershipsComeMostDaysWithoutOutcomeDataFirst_onPageZeroOfTwenty() {
        JsonNode page = api.ok(BY_PARTY);

        assertThat(ids(page)).isEqualTo(BY_DAYS);
        assertThat(column(page.get("items"), "daysWithoutOutcomeData"))
                .containsExactly("173", "146", "101", "84", "23", "0");
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(page.get("total").asLong()).as("an organization in two roles counts its partnership once")
                .isEqualTo(6);
    }

    @Test
    void thePartyFilterIgnoresCase() {
        assertThat(ids(api.ok("/api/partnerships?party=list%20filter%20org"))).isEqualTo(BY_DAYS);
        assertThat(ids(api.ok("/api/partnerships?party=LIST%20FILTER%20ORG"))).isEqualTo(BY_DAYS);
        assertThat(ids(api.ok("/api/partnerships?party=List%20Other%20Org"))).containsExactly("lf-other-party");
        assertThat(api.ok("/api/partnerships?party=List%20Filter").get("total").asLong()).as("the whole name")
                .isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ANNOUNCED               | lf-announced,lf-overdue",
            "BENCHMARKED             | lf-benchmarked",
            "INDEPENDENTLY_VALIDATED | lf-validated",
            "CLINICALLY_DEPLOYED     | lf-deployed",
            "OUTCOMES_REPORTED       | lf-outcomes"})
    void theStageFilterKeepsThePartnershipsAtThatStage(String stage, String expected) {
        JsonNode page = api.ok(BY_PARTY + "&stage=" + stage);

        assertThat(ids(page)).containsExactly(expected.split(","));
        assertThat(column(page.get("items"), "stage")).containsOnly(stage);
        assertThat(page.get("total").asLong()).isEqualTo(expected.split(",").length);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NO_BENCHMARK              | lf-announced,lf-overdue,lf-validated,lf-deployed,lf-outcomes",
            "NO_INDEPENDENT_VALIDATION | lf-announced,lf-overdue,lf-deployed,lf-benchmarked,lf-outcomes",
            "NO_DEPLOYMENT_TIMELINE    | lf-announced,lf-validated,lf-benchmarked",
            "DEPLOYMENT_OVERDUE        | lf-overdue",
            "NO_CLINICAL_DEPLOYMENT    | lf-announced,lf-overdue,lf-validated,lf-benchmarked",
            "NO_OUTCOME_DATA           | lf-announced,lf-overdue,lf-validated,lf-deployed,lf-benchmarked"})
    void theGapFilterKeepsThePartnershipsShowingThatGap(String gap, String expected) {
        JsonNode page = api.ok(BY_PARTY + "&gap=" + gap);

        assertThat(ids(page)).containsExactly(expected.split(","));
        for (JsonNode item : page.get("items")) {
            assertThat(texts(item, "evidenceGaps")).contains(gap);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "&asOf=2026-10-01", "&asOf=2026-10-02"})
    void givenAnyDay_thenEachGapFilterListsExactlyThePartnershipsShowingThatGap(String asOf) {
        JsonNode all = api.ok(BY_PARTY + asOf);
        for (EvidenceGap gap : EvidenceGap.values()) {
            List<String> showing = all.get("items").valueStream()
                    .filter(item -> texts(item, "evidenceGaps").contains(gap.name()))
                    .map(item -> text(item, "partnershipId"))
                    .toList();
            assertThat(ids(api.ok(BY_PARTY + "&gap=" + gap + asOf))).as("%s%s", gap, asOf).isEqualTo(showing);
        }
    }

    @Test
    void theOverdueFilterCountsToTheAsOfDate() {
        assertThat(ids(api.ok(BY_PARTY + "&gap=DEPLOYMENT_OVERDUE&asOf=2026-10-01"))).isEmpty();
        assertThat(ids(api.ok(BY_PARTY + "&gap=DEPLOYMENT_OVERDUE&asOf=2026-10-02"))).containsExactly("lf-overdue");
    }

    @Test
    void minDaysWithoutOutcomeDataKeepsThoseWaitingAtLeastThatLong() {
        assertThat(ids(api.ok(BY_PARTY + "&minDaysWithoutOutcomeData=146"))).containsExactly("lf-announced", "lf-overdue");
        assertThat(ids(api.ok(BY_PARTY + "&minDaysWithoutOutcomeData=147"))).containsExactly("lf-announced");
        assertThat(ids(api.ok(BY_PARTY + "&minDaysWithoutOutcomeData=174"))).isEmpty();
        assertThat(ids(api.ok(BY_PARTY + "&minDaysWithoutOutcomeData=1"))).isEqualTo(BY_DAYS.subList(0, 5));
        assertThat(ids(api.ok(BY_PARTY + "&minDaysWithoutOutcomeData=100&asOf=2026-10-15")))
                .as("counted to 2026-10-15: 133 and 106 days; lf-validated has 61")
                .containsExactly("lf-announced", "lf-overdue");
    }

    @Test
    void sortAndOrder() {
        List<String> ascendingDays = new ArrayList<>(BY_DAYS);
        Collections.reverse(ascendingDays);
        assertThat(ids(api.ok(BY_PARTY + "&sort=daysWithoutOutcomeData&order=desc"))).isEqualTo(BY_DAYS);
        assertThat(ids(api.ok(BY_PARTY + "&sort=daysWithoutOutcomeData&order=asc"))).isEqualTo(ascendingDays);
        assertThat(ids(api.ok(BY_PARTY + "&order=asc"))).isEqualTo(ascendingDays);
        assertThat(ids(api.ok(BY_PARTY + "&sort=announcedOn"))).containsExactly(
                "lf-benchmarked", "lf-deployed", "lf-validated", "lf-overdue", "lf-announced", "lf-outcomes");
        assertThat(ids(api.ok(BY_PARTY + "&sort=announcedOn&order=asc"))).containsExactly(
                "lf-outcomes", "lf-announced", "lf-overdue", "lf-validated", "lf-deployed", "lf-benchmarked");
        assertThat(column(api.ok(BY_PARTY + "&sort=title&order=asc").get("items"), "title")).containsExactly(
                "Alpha partnership", "Bravo partnership", "Charlie partnership", "Delta partnership",
                "Echo partnership", "Foxtrot partnership");
        assertThat(ids(api.ok(BY_PARTY + "&sort=title"))).containsExactly(
                "lf-deployed", "lf-validated", "lf-announced", "lf-outcomes", "lf-overdue", "lf-benchmarked");
    }

    @Test
    void pagesSplitTheSortedListAndTellTheTotal() {
        JsonNode first = api.ok(BY_PARTY + "&size=4");
        JsonNode second = api.ok(BY_PARTY + "&size=4&page=1");
        JsonNode beyond = api.ok(BY_PARTY + "&size=4&page=2");

        assertThat(ids(first)).isEqualTo(BY_DAYS.subList(0, 4));
        assertThat(ids(second)).isEqualTo(BY_DAYS.subList(4, 6));
        assertThat(ids(beyond)).isEmpty();
        assertThat(List.of(first, second, beyond)).allSatisfy(page -> {
            assertThat(page.get("size").asInt()).isEqualTo(4);
            assertThat(page.get("total").asLong()).isEqualTo(6);
        });
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(api.ok(BY_PARTY + "&size=200").get("size").asInt()).isEqualTo(200);
        assertThat(ids(api.ok(BY_PARTY + "&size=1&page=5&sort=title&order=asc"))).containsExactly("lf-deployed");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "stage=FOO                    | stage",
            "gap=NO_SUCH_GAP              | gap",
            "sort=foo                     | sort",
            "order=up                     | order",
            "size=0                       | size",
            "size=201                     | size",
            "size=many                    | size",
            "page=-1                      | page",
            "minDaysWithoutOutcomeData=-1 | minDaysWithoutOutcomeData",
            "asOf=not-a-date              | asOf",
            "asOf=2026-11-25              | asOf"})
    void aBadParameterIsA400ProblemNamingIt(String parameter, String field) {
        JsonNode problem = api.get("/api/partnerships?" + parameter).problem(400);

        assertThat(column(problem.get("errors"), "field")).containsExactly(field);
    }

    @Test
    void anAsOfDateInTheFutureIsRefusedByEveryQuery() {
        api.get("/api/partnerships/lf-announced?asOf=2026-11-25").problem(400);
        api.get("/api/partnerships/lf-announced/timeline?asOf=2026-11-25").problem(400);
        api.get("/api/dashboard?asOf=2026-11-25").problem(400);
        api.get("/api/organizations?asOf=2026-11-25").problem(400);
        api.get("/api/partnerships/lf-announced?asOf=24.11.2026").problem(400);
        assertThat(text(api.summary("lf-announced", "2026-11-24"), "partnershipId")).as("today is allowed")
                .isEqualTo("lf-announced");
    }

    private static List<String> ids(JsonNode page) {
        return column(page.get("items"), "partnershipId");
    }
}
