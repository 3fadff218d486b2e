package org.evidenceledger.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What a buyer reads before committing budget, from a ledger recorded through the API: a partnership
 * that builds on two predecessors (one of which builds on a third), with benchmarks naming measures,
 * outcome data, and an outcome retracted, which counts as missing.
 */
class BuyersAndAnalystsTest extends LedgerAppHttpTest {

    private static final String ORG = "Buyers Test Clinic";
    private static final String ROOT = "buyers-root-imaging";
    private static final String EARLIER = "buyers-foundation-models";
    private static final String COPILOT = "buyers-copilot-deployment";
    private static final String FRONTIER = "buyers-frontier-model";
    private static final String FORMULA_TITLE = "=HYPERLINK(\"https://example.org\",\"click\")";

    @LocalServerPort
    private int port;

    private static boolean recorded;

    @BeforeEach
    void recordOnce() {
        if (recorded) {
            return;
        }
        clock.set(java.time.Instant.parse("2026-09-10T08:00:00Z"));
        announce(ROOT, "Root imaging study", "2024-03-01", null);
        command(ROOT, "deployments", "{\"entryId\":\"root-deploy\",\"site\":\"Main campus\",\"scope\":\"INTERNAL_PILOT\","
                + "\"deployedOn\":\"2024-06-01\",\"source\":{\"url\":\"https://example.org/root\"}}");
        command(ROOT, "outcomes", outcome("root-outcome", "DIAGNOSTIC_ACCURACY", "0.87", "2024-09-01"));
        announce(EARLIER, "Foundation models on CT and MRI", "2025-04-01", List.of(ROOT));
        announce(COPILOT, FORMULA_TITLE, "2025-05-01", null);
        command(COPILOT, "deployment-timelines", "{\"entryId\":\"copilot-target\",\"targetDate\":\"2026-01-31\","
                + "\"scope\":\"every clinician\",\"source\":{\"url\":\"https://example.org/copilot\"}}");
        announce(FRONTIER, "Frontier model for healthcare", "2026-06-04", List.of(EARLIER, COPILOT));
        command(FRONTIER, "benchmarks", benchmark("bench-latency", "LATENCY", "120", "2026-07-01", false));
        command(FRONTIER, "benchmarks", benchmark("bench-adoption", "CLINICIAN_ADOPTION", "0.4", "2026-07-02", true));
        command(FRONTIER, "deployments", "{\"entryId\":\"frontier-deploy\",\"site\":\"Rochester\",\"scope\":\"INTERNAL_PILOT\","
                + "\"deployedOn\":\"2026-08-01\",\"source\":{\"url\":\"https://example.org/deploy\"}}");
        command(FRONTIER, "outcomes", outcome("outcome-accuracy", "DIAGNOSTIC_ACCURACY", "0.91", "2026-09-01"));
        command(FRONTIER, "outcomes", outcome("outcome-time", "TIME_TO_DIAGNOSIS", "-2.5", "2026-09-02"));
        command(FRONTIER, "outcomes", outcome("outcome-latency", "LATENCY", "95", "2026-09-03"));
        clock.advance(Duration.ofDays(1));
        command(FRONTIER, "retractions", "{\"entryId\":\"outcome-accuracy\",\"reason\":\"wrong cohort\"}");
        clock.set(java.time.Instant.parse(org.evidenceledger.platform.testing.TestClockConfiguration.NOW));
        recorded = true;
    }

    @Test
    void givenTheReferenceCase_whenTheScorecardIsRead_thenEachAskHasItsStatusAndARetractedOutcomeIsMissing() {
        JsonNode scorecard = ledger.query("/api/partnerships/" + FRONTIER + "/scorecard");
        Map<String, String> statuses = scorecard.get("measures").valueStream().collect(Collectors.toMap(
                measure -> measure.get("measure").asString(), measure -> measure.get("status").asString(),
                (a, b) -> a, java.util.LinkedHashMap::new));
        assertThat(statuses).containsExactly(
                Map.entry("DIAGNOSTIC_ACCURACY", "MISSING"),
                Map.entry("TIME_TO_DIAGNOSIS", "OUTCOME_REPORTED"),
                Map.entry("CLINICIAN_ADOPTION", "BENCHMARK_ONLY"),
                Map.entry("COST_PER_CASE", "MISSING"),
                Map.entry("LATENCY", "OUTCOME_REPORTED"));
        assertThat(scorecard.get("missing").valueStream().map(JsonNode::asString))
                .containsExactly("DIAGNOSTIC_ACCURACY", "COST_PER_CASE");
        JsonNode latency = scorecard.get("measures").get(4).get("latest");
        assertThat(latency.get("entryId").asString()).isEqualTo("outcome-latency");
        assertThat(latency.get("type").asString()).isEqualTo("OUTCOME_DATA");
        assertThat(latency.get("value").decimalValue()).isEqualByComparingTo("95");
        assertThat(latency.get("baseline").decimalValue()).isEqualByComparingTo("140");
        assertThat(scorecard.get("measures").get(2).get("latest").get("independent").asBoolean()).isTrue();
        assertThat(scorecard.get("measures").get(0).get("latest").isNull()).isTrue();
        assertThat(scorecard.get("independentEvidence").asBoolean()).isTrue();
        assertThat(scorecard.get("deploymentOverdueDays").isNull()).isTrue();
        assertThat(scorecard.get("asOf").asString()).isEqualTo("2026-11-24");

        JsonNode beforeRetraction = ledger.query("/api/partnerships/" + FRONTIER + "/scorecard?asOf=2026-09-10");
        assertThat(beforeRetraction.get("measures").get(0).get("status").asString())
                .as("as of the day before the retraction was recorded").isEqualTo("OUTCOME_REPORTED");
        assertThat(beforeRetraction.get("asOf").asString()).isEqualTo("2026-09-10");
        assertThat(ledger.status("/api/partnerships/" + FRONTIER + "/scorecard?asOf=2026-09-09"))
                .as("not yet recorded").isEqualTo(404);

        JsonNode copilot = ledger.query("/api/partnerships/" + COPILOT + "/scorecard");
        assertThat(copilot.get("deploymentOverdueDays").asLong()).isEqualTo(297);
        assertThat(copilot.get("independentEvidence").asBoolean()).isFalse();
        assertThat(ledger.status("/api/partnerships/buyers-no-such/scorecard")).isEqualTo(404);
    }

    @Test
    void givenPredecessors_whenTheLineageIsRead_thenAncestorsAndDescendantsHaveTheirDepths() {
        JsonNode lineage = ledger.query("/api/partnerships/" + FRONTIER + "/lineage");
        assertThat(lineage.get("ancestors").valueStream().map(link -> link.get("partnershipId").asString() + "@"
                + link.get("depth").asInt())).containsExactly(COPILOT + "@1", EARLIER + "@1", ROOT + "@2");
        assertThat(lineage.get("ancestorsWithOutcomeData").asLong()).isEqualTo(1);
        assertThat(lineage.get("descendants").isEmpty()).isTrue();
        JsonNode root = lineage.get("ancestors").get(2);
        assertThat(root.get("stage").asString()).isEqualTo("OUTCOMES_REPORTED");
        assertThat(root.get("daysToFirstOutcomeData").asLong()).isEqualTo(184);

        JsonNode fromRoot = ledger.query("/api/partnerships/" + ROOT + "/lineage");
        assertThat(fromRoot.get("descendants").valueStream().map(link -> link.get("partnershipId").asString() + "@"
                + link.get("depth").asInt())).containsExactly(EARLIER + "@1", FRONTIER + "@2");
        assertThat(fromRoot.get("ancestors").isEmpty()).isTrue();
    }

    @Test
    void givenTheOrganization_whenItsRecordIsRead_thenItsShareMediansAndOverdueDeploymentsAreThere() {
        JsonNode record = ledger.query("/api/organizations/" + encode(ORG.toUpperCase()));
        assertThat(record.get("name").asString()).isEqualTo(ORG);
        assertThat(record.get("partnerships").asLong()).isEqualTo(4);
        assertThat(record.get("withOutcomeData").asLong()).isEqualTo(2);
        assertThat(record.get("shareWithOutcomeData").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(record.get("overdueDeployments").asLong()).isEqualTo(1);
        assertThat(record.get("medianDaysToFirstOutcomeData").decimalValue()).isEqualByComparingTo("137");
        assertThat(record.get("medianDaysWithoutOutcomeData").decimalValue()).isEqualByComparingTo("587");
        assertThat(record.get("items").valueStream().map(item -> item.get("partnershipId").asString()))
                .containsExactlyInAnyOrder(ROOT, EARLIER, COPILOT, FRONTIER);
        assertThat(ledger.status("/api/organizations/" + encode("Nobody Such Org"))).isEqualTo(404);
    }

    @Test
    void givenTheList_whenAskedAsCsv_thenEveryRowParsesAndNoCellWouldRunInASpreadsheet() throws Exception {
        HttpResponse<String> csv = get("/api/partnerships?size=1&party=" + encode(ORG), "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        try (CSVParser parser = CSVParser.parse(csv.body(), CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).startsWith("partnershipId", "title", "parties").contains("evidenceGaps", "version");
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).as("unpaged: size does not apply").hasSize(4);
            for (CSVRecord row : rows) {
                for (String cell : row) {
                    assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
                }
            }
            CSVRecord copilot = rows.stream().filter(row -> row.get("partnershipId").equals(COPILOT)).findFirst().orElseThrow();
            assertThat(copilot.get("title")).isEqualTo("'" + FORMULA_TITLE);
            assertThat(copilot.get("parties")).isEqualTo(ORG + " (MODEL_OWNER); Second Party (DATA_PROVIDER)");
            assertThat(copilot.get("evidenceGaps")).contains("DEPLOYMENT_OVERDUE; NO_CLINICAL_DEPLOYMENT");
        }
        HttpResponse<String> organizations = get("/api/organizations", "text/csv");
        assertThat(organizations.body().lines().findFirst().orElseThrow()).startsWith("name,partnerships,withOutcomeData");
        assertThat(get("/api/partnerships?party=" + encode(ORG), "*/*").headers().firstValue("Content-Type").orElse(""))
                .as("JSON unless CSV is asked for").startsWith("application/json");
    }

    @Test
    void givenTheFeed_whenParsed_thenOneEntryPerRecordedEntryNewestFirst() throws Exception {
        HttpResponse<String> response = get("/api/feed?party=" + encode(ORG), "application/atom+xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        List<SyndEntry> entries = feed.getEntries();
        assertThat(entries).hasSize(14);
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i - 1).getUpdatedDate()).isAfter(entries.get(i).getUpdatedDate());
        }
        assertThat(entries.get(0).getTitle()).isEqualTo("Retraction: Frontier model for healthcare");
        assertThat(entries.get(0).getDescription().getValue()).contains("Retracts outcome-accuracy: wrong cohort");
        assertThat(entries.get(0).getLink()).endsWith("/partnerships/" + FRONTIER);
        assertThat(entries.stream().map(SyndEntry::getUri).distinct()).hasSize(14);

        SyndFeed one = new SyndFeedInput().build(new StringReader(
                get("/api/feed?partnershipId=" + ROOT, "application/atom+xml").body()));
        assertThat(one.getEntries()).hasSize(3);
    }

    private void announce(String id, String title, String announcedOn, List<String> buildsOn) {
        String builds = buildsOn == null ? "" : ",\"buildsOn\":[" + buildsOn.stream().map(b -> "\"" + b + "\"")
                .collect(Collectors.joining(",")) + "]";
        String title1 = LedgerClient.JSON.writeValueAsString(title);
        clock.advance(Duration.ofMinutes(1));
        ledger.command("/api/partnerships", "{\"partnershipId\":\"" + id + "\",\"title\":" + title1 + ",\"parties\":["
                + "{\"name\":\"" + ORG + "\",\"role\":\"MODEL_OWNER\"},{\"name\":\"Second Party\",\"role\":\"DATA_PROVIDER\"}],"
                + "\"announcedOn\":\"" + announcedOn + "\",\"source\":{\"url\":\"https://example.org/" + id + "\"}" + builds + "}");
    }

    private void command(String id, String kind, String body) {
        clock.advance(Duration.ofMinutes(1));
        ledger.command("/api/partnerships/" + id + "/" + kind, body);
    }

    private static String outcome(String entryId, String measure, String value, String reportedOn) {
        return "{\"entryId\":\"" + entryId + "\",\"measure\":\"" + measure + "\",\"value\":" + value
                + ",\"unit\":\"unit\",\"baseline\":140,\"reportedOn\":\"" + reportedOn
                + "\",\"source\":{\"url\":\"https://example.org/outcomes\"}}";
    }

    private static String benchmark(String entryId, String measure, String value, String publishedOn, boolean independent) {
        return "{\"entryId\":\"" + entryId + "\",\"metric\":\"" + measure.toLowerCase() + "\",\"value\":" + value
                + ",\"unit\":\"unit\",\"publishedOn\":\"" + publishedOn + "\",\"measure\":\"" + measure
                + "\",\"independent\":" + independent + ",\"source\":{\"url\":\"https://example.org/bench\"}}";
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("dash:s3cret-2".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
