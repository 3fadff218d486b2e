package org.evidenceledger.query.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;
import static org.evidenceledger.query.testing.Events.benchmark;
import static org.evidenceledger.query.testing.Events.deployment;
import static org.evidenceledger.query.testing.Events.outcome;
import static org.evidenceledger.query.testing.Events.party;
import static org.evidenceledger.query.testing.Events.retraction;
import static org.evidenceledger.query.testing.Json.column;
import static org.evidenceledger.query.testing.Json.number;
import static org.evidenceledger.query.testing.Json.text;

import java.util.List;
import org.evidenceledger.events.PartyRole;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * "As of date D" ends at the end of D (UTC) in recorded time, for the list, the dashboard, the organizations and
 * the timeline alike: what was recorded at midnight belongs to the new day, what was recorded in the last
 * microsecond of D belongs to D, and what was recorded later than it occurred is absent as of the days before
 * it was recorded. The dashboard and the ranking cover the whole ledger, so this class has a ledger of its own
 * (a context of its own, closed afterwards) holding exactly these, recorded in this order:
 *
 * <pre>
 * recorded at                       what                                              organizations
 * 2026-06-01T09:00Z                 ab-early announced 2026-06-01                    Early Org, Shared Org
 * 2026-06-10T09:00Z                 ab-early deploy-1 on 2026-06-10
 * 2026-07-02T00:00Z (midnight)      ab-midnight announced 2026-07-01                 Midnight Org, Shared Org
 * 2026-07-10T23:59:59.9999997Z      ab-last announced 2026-07-10                     Last Microsecond Org, Shared Org
 * 2026-07-21T00:00Z (midnight)      ab-midnight bench-1 of 2026-07-20
 * 2026-08-01T10:00Z (late)          ab-early outcome-1 of 2026-06-15
 * 2026-08-02T00:00Z (midnight)      ab-midnight retract-1 of bench-1
 * </pre>
 */
@TestPropertySource(properties = "ledger.test.ledger=as-of-day-boundary")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AsOfDayBoundaryTest extends QuerySideHttpTest {

    @BeforeEach
    void recordTheLedgerOnce() {
        if (api.get("/api/partnerships/ab-last").status() == 200) {
            return;
        }
        ledger.record("2026-06-01T09:00:00Z", announced("ab-early", "Early", "2026-06-01",
                party("Early Org", PartyRole.MODEL_OWNER), party("Shared Org", PartyRole.TECHNOLOGY_PARTNER)));
        ledger.record("2026-06-10T09:00:00Z", deployment("ab-early", "deploy-1", "2026-06-10"));
        ledger.record("2026-07-02T00:00:00Z", announced("ab-midnight", "Midnight", "2026-07-01",
                party("Midnight Org", PartyRole.MODEL_OWNER), party("Shared Org", PartyRole.CLOUD_DISTRIBUTOR)));
        long last = ledger.record("2026-07-10T23:59:59.999999700Z", announced("ab-last", "Last", "2026-07-10",
                party("Last Microsecond Org", PartyRole.MODEL_OWNER), party("Shared Org", PartyRole.DATA_PROVIDER)));
        ledger.record("2026-07-21T00:00:00Z", benchmark("ab-midnight", "bench-1", "2026-07-20"));
        long early = ledger.record("2026-08-01T10:00:00Z", outcome("ab-early", "outcome-1", "2026-06-15"));
        long midnight = ledger.record("2026-08-02T00:00:00Z",
                retraction("ab-midnight", "retract-1", "bench-1", "2026-08-02", "wrong test set"));
        api.awaitVersion("ab-early", early);
        api.awaitVersion("ab-midnight", midnight);
        api.awaitVersion("ab-last", last);
    }

    @Test
    void givenAPartnershipAndAnEntryRecordedAtMidnight_thenTheListHasThemFromTheNewDay() {
        assertThat(ids(list("2026-07-01"))).containsExactly("ab-early");
        assertThat(ids(list("2026-07-02"))).containsExactly("ab-early", "ab-midnight");

        JsonNode dayBefore = item(list("2026-07-20"), "ab-midnight");
        assertThat(number(dayBefore, "benchmarks")).isZero();
        assertThat(number(dayBefore, "version")).isZero();
        JsonNode newDay = item(list("2026-07-21"), "ab-midnight");
        assertThat(number(newDay, "benchmarks")).isEqualTo(1);
        assertThat(number(newDay, "version")).isEqualTo(1);
    }

    @Test
    void givenAPartnershipRecordedInTheLastMicrosecondOfADay_thenTheListHasItThatDay() {
        assertThat(ids(list("2026-07-09"))).containsExactly("ab-early", "ab-midnight");
        assertThat(ids(list("2026-07-10"))).containsExactly("ab-early", "ab-midnight", "ab-last");
    }

    @Test
    void givenOutcomeDataRecordedLaterThanItOccurred_thenTheListLacksItAsOfTheDaysBeforeItWasRecorded() {
        JsonNode before = item(list("2026-07-31"), "ab-early");
        assertThat(text(before, "stage")).isEqualTo("CLINICALLY_DEPLOYED");
        assertThat(number(before, "daysWithoutOutcomeData")).isEqualTo(60);
        assertThat(ids(api.ok("/api/partnerships?gap=NO_OUTCOME_DATA&asOf=2026-07-31")))
                .containsExactly("ab-early", "ab-midnight", "ab-last");

        JsonNode recorded = item(list("2026-08-01"), "ab-early");
        assertThat(text(recorded, "stage")).isEqualTo("OUTCOMES_REPORTED");
        assertThat(number(recorded, "daysToFirstOutcomeData")).as("occurred 2026-06-15").isEqualTo(14);
        assertThat(ids(api.ok("/api/partnerships?gap=NO_OUTCOME_DATA&asOf=2026-08-01")))
                .containsExactly("ab-midnight", "ab-last");
    }

    @Test
    void givenAPartnershipAndAnEntryRecordedAtMidnight_thenTheDashboardCountsThemFromTheNewDay() {
        JsonNode dayBefore = dashboard("2026-07-01");
        assertThat(number(dayBefore, "partnerships")).isEqualTo(1);
        assertThat(dayBefore.get("medianDaysWithoutOutcomeData").decimalValue()).isEqualByComparingTo("30");
        assertThat(ids(dayBefore.get("longestWithoutOutcomeData"))).containsExactly("ab-early");

        JsonNode newDay = dashboard("2026-07-02");
        assertThat(number(newDay, "partnerships")).isEqualTo(2);
        assertThat(number(newDay, "withoutOutcomeData")).isEqualTo(2);
        assertThat(newDay.get("medianDaysWithoutOutcomeData").decimalValue()).as("of 31 and 1")
                .isEqualByComparingTo("16");
        assertThat(ids(newDay.get("longestWithoutOutcomeData"))).containsExactly("ab-early", "ab-midnight");

        assertThat(byStage(dashboard("2026-07-20"))).containsExactly(2L, 0L, 0L, 1L, 0L);
        assertThat(byStage(dashboard("2026-07-21"))).containsExactly(1L, 1L, 0L, 1L, 0L);
    }

    @Test
    void givenAPartnershipRecordedInTheLastMicrosecondOfADay_thenTheDashboardCountsItThatDay() {
        JsonNode dayBefore = dashboard("2026-07-09");
        assertThat(number(dayBefore, "partnerships")).isEqualTo(2);
        assertThat(dayBefore.get("medianDaysWithoutOutcomeData").decimalValue()).as("of 38 and 8")
                .isEqualByComparingTo("23");

        JsonNode sameDay = dashboard("2026-07-10");
        assertThat(number(sameDay, "partnerships")).isEqualTo(3);
        assertThat(byStage(sameDay)).containsExactly(2L, 0L, 0L, 1L, 0L);
        assertThat(sameDay.get("medianDaysWithoutOutcomeData").decimalValue()).as("of 39, 9 and 0")
                .isEqualByComparingTo("9");
        assertThat(ids(sameDay.get("longestWithoutOutcomeData"))).containsExactly("ab-early", "ab-midnight", "ab-last");
    }

    @Test
    void givenOutcomeDataRecordedLaterThanItOccurred_thenTheDashboardLacksItAsOfTheDaysBeforeItWasRecorded() {
        JsonNode before = dashboard("2026-07-31");
        assertThat(byStage(before)).containsExactly(1L, 1L, 0L, 1L, 0L);
        assertThat(number(before, "withoutOutcomeData")).isEqualTo(3);
        assertThat(before.get("medianDaysWithoutOutcomeData").decimalValue()).as("of 60, 30 and 21")
                .isEqualByComparingTo("30");
        assertThat(ids(before.get("longestWithoutOutcomeData"))).containsExactly("ab-early", "ab-midnight", "ab-last");

        JsonNode recorded = dashboard("2026-08-01");
        assertThat(byStage(recorded)).containsExactly(1L, 1L, 0L, 0L, 1L);
        assertThat(number(recorded, "withoutOutcomeData")).isEqualTo(2);
        assertThat(recorded.get("medianDaysWithoutOutcomeData").decimalValue()).as("of 31 and 22")
                .isEqualByComparingTo("26.5");
        assertThat(ids(recorded.get("longestWithoutOutcomeData"))).containsExactly("ab-midnight", "ab-last");
    }

    @Test
    void givenAPartnershipRecordedAtMidnight_thenTheOrganizationsCountItFromTheNewDay() {
        assertThat(organizations("2026-07-01")).containsExactly("Early Org 1 0 30", "Shared Org 1 0 30");
        assertThat(organizations("2026-07-02"))
                .containsExactly("Early Org 1 0 31", "Shared Org 2 0 16", "Midnight Org 1 0 1");

        api.get("/api/organizations/Midnight%20Org?asOf=2026-07-01").problem(404);
        assertThat(ids(api.ok("/api/organizations/Midnight%20Org?asOf=2026-07-02"))).containsExactly("ab-midnight");
    }

    @Test
    void givenAPartnershipRecordedInTheLastMicrosecondOfADay_thenTheOrganizationsCountItThatDay() {
        assertThat(organizations("2026-07-09"))
                .containsExactly("Early Org 1 0 38", "Shared Org 2 0 23", "Midnight Org 1 0 8");
        assertThat(organizations("2026-07-10")).containsExactly("Early Org 1 0 39", "Shared Org 3 0 9",
                "Midnight Org 1 0 9", "Last Microsecond Org 1 0 0");

        api.get("/api/organizations/Last%20Microsecond%20Org?asOf=2026-07-09").problem(404);
        assertThat(ids(api.ok("/api/organizations/Last%20Microsecond%20Org?asOf=2026-07-10"))).containsExactly("ab-last");
    }

    @Test
    void givenOutcomeDataRecordedLaterThanItOccurred_thenTheOrganizationsLackItAsOfTheDaysBeforeItWasRecorded() {
        assertThat(organizations("2026-07-31")).containsExactly("Early Org 1 0 60", "Shared Org 3 0 30",
                "Midnight Org 1 0 30", "Last Microsecond Org 1 0 21");
        assertThat(organizations("2026-08-01")).containsExactly("Midnight Org 1 0 31", "Shared Org 3 1 26.5",
                "Last Microsecond Org 1 0 22", "Early Org 1 1 null");

        JsonNode before = api.ok("/api/organizations/Early%20Org?asOf=2026-07-31");
        assertThat(number(before, "withOutcomeData")).isZero();
        assertThat(number(before, "medianDaysToFirstOutcomeData")).isNull();
        JsonNode recorded = api.ok("/api/organizations/Early%20Org?asOf=2026-08-01");
        assertThat(number(recorded, "withOutcomeData")).isEqualTo(1);
        assertThat(number(recorded, "medianDaysToFirstOutcomeData")).isEqualTo(14);
    }

    @Test
    void givenEntriesAndARetractionRecordedAtMidnight_thenTheTimelineShowsThemFromTheNewDay() {
        api.get("/api/partnerships/ab-midnight/timeline?asOf=2026-07-01").problem(404);
        assertThat(entryIds("ab-midnight", "2026-07-02")).containsExactly("announcement");
        assertThat(entryIds("ab-midnight", "2026-07-20")).containsExactly("announcement");
        assertThat(entryIds("ab-midnight", "2026-07-21")).containsExactly("announcement", "bench-1");

        JsonNode dayBefore = api.timeline("ab-midnight", "2026-08-01").get("entries");
        assertThat(column(dayBefore, "entryId")).containsExactly("announcement", "bench-1");
        assertThat(column(dayBefore, "retracted")).containsExactly("false", "false");
        JsonNode newDay = api.timeline("ab-midnight", "2026-08-02").get("entries");
        assertThat(column(newDay, "entryId")).containsExactly("announcement", "bench-1", "retract-1");
        assertThat(column(newDay, "retracted")).containsExactly("false", "true", "false");
    }

    @Test
    void givenAPartnershipRecordedInTheLastMicrosecondOfADay_thenTheTimelineShowsItThatDay() {
        api.get("/api/partnerships/ab-last/timeline?asOf=2026-07-09").problem(404);
        JsonNode entries = api.timeline("ab-last", "2026-07-10").get("entries");
        assertThat(column(entries, "entryId")).containsExactly("announcement");
        assertThat(text(entries.get(0), "recordedAt")).startsWith("2026-07-10T23:59:59.999999");
    }

    @Test
    void givenOutcomeDataRecordedLaterThanItOccurred_thenTheTimelineLacksItAsOfTheDaysBeforeItWasRecorded() {
        assertThat(entryIds("ab-early", "2026-07-31")).containsExactly("announcement", "deploy-1");
        assertThat(entryIds("ab-early", "2026-08-01")).containsExactly("announcement", "deploy-1", "outcome-1");
    }

    private JsonNode list(String asOf) {
        return api.ok("/api/partnerships?asOf=" + asOf);
    }

    private JsonNode dashboard(String asOf) {
        return api.ok("/api/dashboard?asOf=" + asOf);
    }

    /** Each organization as "name partnerships withOutcomeData median", worst first. */
    private List<String> organizations(String asOf) {
        return api.ok("/api/organizations?asOf=" + asOf).valueStream().map(organization -> {
            JsonNode median = organization.get("medianDaysWithoutOutcomeData");
            return text(organization, "name") + " " + number(organization, "partnerships") + " "
                    + number(organization, "withOutcomeData") + " "
                    + (median.isNull() ? "null" : median.decimalValue().toPlainString());
        }).toList();
    }

    private List<String> entryIds(String partnershipId, String asOf) {
        return column(api.timeline(partnershipId, asOf).get("entries"), "entryId");
    }

    /** The partnership ids of a list's or an organization record's items, or of an array of summaries. */
    private static List<String> ids(JsonNode answer) {
        return column(answer.isArray() ? answer : answer.get("items"), "partnershipId");
    }

    private static JsonNode item(JsonNode list, String partnershipId) {
        return list.get("items").valueStream()
                .filter(item -> text(item, "partnershipId").equals(partnershipId))
                .reduce((one, other) -> {
                    throw new AssertionError(partnershipId + " is listed more than once: " + list);
                })
                .orElseThrow(() -> new AssertionError(partnershipId + " is not listed: " + list));
    }

    private static Long[] byStage(JsonNode dashboard) {
        JsonNode byStage = dashboard.get("byStage");
        return new Long[] {number(byStage, "ANNOUNCED"), number(byStage, "BENCHMARKED"),
                number(byStage, "INDEPENDENTLY_VALIDATED"), number(byStage, "CLINICALLY_DEPLOYED"),
                number(byStage, "OUTCOMES_REPORTED")};
    }
}
