package org.evidenceledger.query.summary;

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
import static org.evidenceledger.query.testing.Json.texts;

import org.evidenceledger.events.PartyRole;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * "As of date D" is the ledger as it stood at the end of D (UTC) in recorded time, with days
 * counted to D; occurredOn never decides what was known (PRODUCT.md, Time).
 */
class AsOfTest extends QuerySideHttpTest {

    @Test
    void givenAnEntryRecordedLaterThanItOccurred_thenItIsAbsentAsOfEveryDayBeforeItWasRecorded() {
        String id = "asof-late-entry";
        ledger.record("2026-06-04T10:00:00Z", announced(id, "2026-06-04"));
        long version = ledger.record("2026-08-01T23:59:59Z", benchmark(id, "bench-1", "2026-06-15"));
        api.awaitVersion(id, version);

        JsonNode before = api.summary(id, "2026-07-31");
        assertThat(text(before, "stage")).isEqualTo("ANNOUNCED");
        assertThat(number(before, "benchmarks")).isZero();
        assertThat(number(before, "version")).isZero();
        assertThat(column(api.timeline(id, "2026-07-31").get("entries"), "entryId")).containsExactly("announcement");

        JsonNode sameDay = api.summary(id, "2026-08-01");
        assertThat(text(sameDay, "stage")).as("recorded at 23:59:59 on the asOf day").isEqualTo("BENCHMARKED");
        assertThat(number(sameDay, "benchmarks")).isEqualTo(1);
        assertThat(number(sameDay, "version")).isEqualTo(1);
        assertThat(column(api.timeline(id, "2026-08-01").get("entries"), "entryId"))
                .containsExactly("announcement", "bench-1");
    }

    @Test
    void givenAnEntryRecordedAtMidnight_thenItBelongsToTheNewDay() {
        String id = "asof-midnight";
        ledger.record("2026-06-04T10:00:00Z", announced(id, "2026-06-04"));
        long version = ledger.record("2026-08-02T00:00:00Z", benchmark(id, "bench-1", "2026-08-01"));
        api.awaitVersion(id, version);

        assertThat(number(api.summary(id, "2026-08-01"), "benchmarks")).isZero();
        assertThat(number(api.summary(id, "2026-08-02"), "benchmarks")).isEqualTo(1);
    }

    @Test
    void givenAnEntryRecordedInTheLastMicrosecondOfADay_thenItBelongsToThatDay() {
        String id = "asof-last-microsecond";
        ledger.record("2026-06-04T10:00:00Z", announced(id, "2026-06-04"));
        long version = ledger.record("2026-08-01T23:59:59.999999700Z", benchmark(id, "bench-1", "2026-08-01"));
        api.awaitVersion(id, version);

        assertThat(number(api.summary(id, "2026-08-01"), "benchmarks")).isEqualTo(1);
        JsonNode entries = api.timeline(id, "2026-08-01").get("entries");
        assertThat(column(entries, "entryId")).containsExactly("announcement", "bench-1");
        assertThat(text(entries.get(1), "recordedAt")).startsWith("2026-08-01T23:59:59.999999");
    }

    @Test
    void givenARetractionRecordedLater_thenTheEntryIsNotRetractedAsOfTheEarlierDay() {
        String id = "asof-late-retraction";
        ledger.record("2026-06-04T10:00:00Z", announced(id, "2026-06-04"));
        ledger.record("2026-07-01T10:00:00Z", deployment(id, "deploy-1", "2026-07-01"));
        ledger.record("2026-08-01T10:00:00Z", outcome(id, "outcome-1", "2026-08-01"));
        long version = ledger.record("2026-09-10T10:00:00Z",
                retraction(id, "retract-1", "outcome-1", "2026-09-10", "measured on the wrong cohort"));
        api.awaitVersion(id, version);

        JsonNode entriesBefore = api.timeline(id, "2026-09-09").get("entries");
        assertThat(column(entriesBefore, "entryId")).containsExactly("announcement", "deploy-1", "outcome-1");
        assertThat(column(entriesBefore, "retracted")).containsExactly("false", "false", "false");
        assertThat(column(entriesBefore, "retractionReason")).containsOnlyNulls();
        JsonNode before = api.summary(id, "2026-09-09");
        assertThat(text(before, "stage")).isEqualTo("OUTCOMES_REPORTED");
        assertThat(number(before, "outcomeReports")).isEqualTo(1);
        assertThat(text(before, "firstOutcomeReportedOn")).isEqualTo("2026-08-01");
        assertThat(number(before, "daysWithoutOutcomeData")).isZero();
        assertThat(number(before, "daysToFirstOutcomeData")).isEqualTo(58);

        JsonNode entriesAfter = api.timeline(id, "2026-09-10").get("entries");
        assertThat(column(entriesAfter, "entryId")).containsExactly("announcement", "deploy-1", "outcome-1", "retract-1");
        assertThat(column(entriesAfter, "retracted")).containsExactly("false", "false", "true", "false");
        assertThat(text(entriesAfter.get(2), "retractionReason")).isEqualTo("measured on the wrong cohort");
        JsonNode after = api.summary(id, "2026-09-10");
        assertThat(text(after, "stage")).isEqualTo("CLINICALLY_DEPLOYED");
        assertThat(number(after, "outcomeReports")).isZero();
        assertThat(number(after, "daysWithoutOutcomeData")).as("counted to 2026-09-10").isEqualTo(98);
    }

    @Test
    void givenAPartnershipRecordedAfterTheAsOfDay_thenItIsUnknownAsOfThatDay() {
        String id = "asof-recorded-later";
        String organization = "AsOf Recorded Later Org";
        long version = ledger.record("2026-09-01T08:00:00Z", announced(id, "Recorded late", "2026-06-04",
                party(organization, PartyRole.MODEL_OWNER)));
        api.awaitVersion(id, version);

        api.get("/api/partnerships/" + id + "?asOf=2026-08-31").problem(404);
        api.get("/api/partnerships/" + id + "/timeline?asOf=2026-08-31").problem(404);
        assertThat(api.ok("/api/partnerships?party=" + enc(organization) + "&asOf=2026-08-31").get("total").asLong())
                .isZero();

        JsonNode known = api.summary(id, "2026-09-01");
        assertThat(number(known, "daysWithoutOutcomeData")).as("announced 2026-06-04, counted to 2026-09-01")
                .isEqualTo(89);
        assertThat(texts(api.ok("/api/partnerships?party=" + enc(organization) + "&asOf=2026-09-01").get("items")
                .get(0), "evidenceGaps")).contains("NO_OUTCOME_DATA");
    }

    @Test
    void givenAnAsOfDate_thenDaysAreCountedToThatDate() {
        String id = "asof-days";
        long version = ledger.record("2026-06-04T10:00:00Z", announced(id, "2026-06-04"));
        api.awaitVersion(id, version);

        assertThat(number(api.summary(id, "2026-06-04"), "daysWithoutOutcomeData")).isZero();
        assertThat(number(api.summary(id, "2026-06-05"), "daysWithoutOutcomeData")).isEqualTo(1);
        assertThat(number(api.summary(id, "2026-08-01"), "daysWithoutOutcomeData")).isEqualTo(58);
        assertThat(number(api.summary(id, "2026-11-24"), "daysWithoutOutcomeData")).isEqualTo(173);
    }

    private static String enc(String value) {
        return value.replace(" ", "%20");
    }
}
