package org.evidenceledger.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * API.md: a client that got version N from a command sees at least version N on its next query
 * within 1 second, by passing minVersion=N or by passing nothing. No retries, no sleeps: the first
 * answer must do.
 */
class ReadYourWritesTest extends LedgerAppHttpTest {

    private static final String PATH = "/api/partnerships/e2e-read-your-writes";

    @Test
    void eachQueryWithTheVersionACommandAnsweredShowsThatCommandAtOnce() {
        long version = ledger.command("/api/partnerships",
                announcement("e2e-read-your-writes", "Read Your Writes Org", "2026-06-04")).get("version").asLong();
        assertThat(version).isZero();
        assertThat(ledger.query(PATH + "?minVersion=" + version).get("stage").asString()).isEqualTo("ANNOUNCED");

        version = ledger.command(PATH + "/benchmarks", benchmark("2026-07-01")).get("version").asLong();
        JsonNode benchmarked = ledger.query(PATH + "?minVersion=" + version);
        assertThat(benchmarked.get("version").asLong()).isGreaterThanOrEqualTo(version);
        assertThat(benchmarked.get("benchmarks").asLong()).isEqualTo(1);
        assertThat(benchmarked.get("stage").asString()).isEqualTo("BENCHMARKED");

        version = ledger.command(PATH + "/deployments", """
                {"entryId": "deploy-1", "site": "Rochester", "scope": "INTERNAL_PILOT", "deployedOn": "2026-08-01",
                 "source": {"url": "https://example.org/news/deployment"}}
                """).get("version").asLong();
        JsonNode timeline = ledger.query(PATH + "/timeline?minVersion=" + version);
        assertThat(timeline.get("entries")).hasSize(3);
        assertThat(timeline.get("entries").get(2).get("entryId").asString()).isEqualTo("deploy-1");

        version = ledger.command(PATH + "/outcomes", """
                {"entryId": "outcome-1", "measure": "TIME_TO_DIAGNOSIS", "value": 3.5, "unit": "days",
                 "reportedOn": "2026-09-01", "source": {"url": "https://example.org/papers/outcomes"}}
                """).get("version").asLong();
        JsonNode reported = ledger.query(PATH + "?minVersion=" + version);
        assertThat(reported.get("stage").asString()).isEqualTo("OUTCOMES_REPORTED");
        assertThat(reported.get("daysWithoutOutcomeData").asLong()).isZero();
        assertThat(reported.get("daysToFirstOutcomeData").asLong()).isEqualTo(89);

        version = ledger.command(PATH + "/retractions", """
                {"entryId": "outcome-1", "reason": "preliminary figures"}
                """).get("version").asLong();
        assertThat(version).isEqualTo(4);
        JsonNode retracted = ledger.query(PATH + "?minVersion=" + version);
        assertThat(retracted.get("version").asLong()).isEqualTo(4);
        assertThat(retracted.get("stage").asString()).isEqualTo("CLINICALLY_DEPLOYED");
        assertThat(retracted.get("daysWithoutOutcomeData").asLong()).isEqualTo(173);
        JsonNode entries = ledger.query(PATH + "/timeline?minVersion=" + version).get("entries");
        assertThat(entries.get(3).get("retracted").asBoolean()).isTrue();
        assertThat(entries.get(3).get("retractionReason").asString()).isEqualTo("preliminary figures");
    }

    @Test
    void aQueryRightAfterEachCommandShowsItWithoutAnyParameter() {
        String path = "/api/partnerships/e2e-plain-client";
        long version = ledger.command("/api/partnerships",
                announcement("e2e-plain-client", "Plain Client Org", "2026-06-04")).get("version").asLong();
        assertThat(ledger.query(path).get("version").asLong()).isEqualTo(version);
        for (int i = 1; i <= 20; i++) {
            version = ledger.command(path + "/benchmarks", benchmark("2026-07-" + String.format("%02d", i)))
                    .get("version").asLong();
            JsonNode summary = ledger.query(path);
            assertThat(summary.get("version").asLong()).isGreaterThanOrEqualTo(version);
            assertThat(summary.get("benchmarks").asLong()).isEqualTo(i);
            assertThat(ledger.query(path + "/timeline").get("entries")).hasSize(i + 1);
        }
    }

    @Test
    void aListDashboardAndRankingRightAfterAnnouncementsShowThem() {
        for (int i = 0; i < 10; i++) {
            String organization = "Fresh Org " + i;
            ledger.command("/api/partnerships", announcement("e2e-fresh-" + i, organization, "2026-06-04"));
            JsonNode list = ledger.query("/api/partnerships?party=" + organization.replace(" ", "%20"));
            assertThat(list.get("total").asLong()).isEqualTo(1);
            assertThat(list.get("items").get(0).get("partnershipId").asString()).isEqualTo("e2e-fresh-" + i);
            assertThat(ledger.query("/api/organizations").valueStream()
                    .map(o -> o.get("name").asString())).contains(organization);
        }
        long before = ledger.query("/api/dashboard").get("partnerships").asLong();
        ledger.command("/api/partnerships", announcement("e2e-fresh-last", "Fresh Org Last", "2026-06-04"));
        assertThat(ledger.query("/api/dashboard").get("partnerships").asLong()).isEqualTo(before + 1);
    }

    /** README's own second request: as of today means now, so it waits for the write like a plain query. */
    @Test
    void aQueryAsOfTodayRightAfterEachCommandShowsIt() {
        String today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).toString();
        String path = "/api/partnerships/e2e-as-of-today";
        ledger.command("/api/partnerships", announcement("e2e-as-of-today", "As Of Today Org", "2026-06-04"));
        assertThat(ledger.query(path + "?asOf=" + today).get("version").asLong()).isZero();
        for (int i = 1; i <= 10; i++) {
            long version = ledger.command(path + "/benchmarks", benchmark("2026-07-" + String.format("%02d", i)))
                    .get("version").asLong();
            assertThat(ledger.query(path + "?asOf=" + today).get("version").asLong()).isGreaterThanOrEqualTo(version);
            assertThat(ledger.query(path + "/timeline?asOf=" + today).get("entries")).hasSize(i + 1);
        }
    }
}
