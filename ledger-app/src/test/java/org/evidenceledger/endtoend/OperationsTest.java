package org.evidenceledger.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * What an operations team reaches (API.md, Operations): public probes, Prometheus text for OPERATOR with the
 * ledger's own families, a log line per command that leads to the audit trail, backups; and an OPERATOR reads
 * no ledger data.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest extends LedgerAppHttpTest {

    private static final String BENCHMARK = """
            {"metric": "AUROC", "value": 0.9, "unit": "ratio", "publishedOn": "2026-07-01",
             "source": {"url": "https://example.org/papers/ops"}}
            """;

    @Test
    void theProbesAnswerWithoutCredentials_andHealthStaysAsItWas() {
        assertThat(ledger.as(null, "GET", "/actuator/health", null).body()).isEqualTo("{\"status\":\"UP\"}");
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> answer = ledger.as(null, "GET", probe, null);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void anOperatorScrapesTheLedgersFamilies_taggedByCommandAndOutcome() {
        ledger.command("/api/partnerships", announcement("ops-scraped", "Scraped Org", "2026-06-04"));
        ledger.command("/api/partnerships/ops-scraped/benchmarks", BENCHMARK);
        assertThat(ledger.as("ana", "POST", "/api/partnerships/ops-unknown/benchmarks", BENCHMARK).statusCode())
                .isEqualTo(404);

        HttpResponse<String> scrape = ledger.as("ops", "GET", "/actuator/prometheus", null);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(scrape.body()).contains(
                "ledger_commands_seconds_count{command=\"PublishBenchmark\",outcome=\"accepted\"}",
                "ledger_commands_seconds_sum{command=\"PublishBenchmark\",outcome=\"accepted\"}",
                "ledger_commands_seconds_bucket{command=\"PublishBenchmark\",outcome=\"accepted\",le=",
                "ledger_commands_seconds_count{command=\"PublishBenchmark\",outcome=\"refused\"}",
                "ledger_commands_seconds_count{command=\"AnnouncePartnership\",outcome=\"accepted\"}",
                "ledger_events_total ",
                "ledger_projection_lag_events{processor=\"partnerships-a\"}",
                "ledger_projection_lag_events{processor=\"ledger-log\"}",
                "ledger_dead_letters ",
                "jvm_memory_used_bytes{",
                "http_server_requests_seconds_count{",
                "hikaricp_connections_active{",
                "commandBus_successCounter_total{",
                "eventProcessor_latency{");
    }

    @Test
    void aRepeatWithTheSameIdempotencyKeyIsTimedAsReplayed() {
        ledger.command("/api/partnerships", announcement("ops-replayed", "Replayed Org", "2026-06-04"));
        String path = "/api/partnerships/ops-replayed/availability";
        String body = """
                {"channel": "cloud API", "source": {"url": "https://example.org/ops-replayed"}}
                """;
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(ledger.as("ana", "POST", path, body, "Idempotency-Key", "ops-replayed-1").statusCode())
                    .isEqualTo(201);
        }

        assertThat(ledger.as("ops", "GET", "/actuator/prometheus", null).body())
                .contains("ledger_commands_seconds_count{command=\"AnnounceAvailability\",outcome=\"replayed\"} 1");
    }

    @Test
    void everyCommandLogsOneLine_withTheCorrelationIdItsEventsCarry(CapturedOutput output) {
        ledger.command("/api/partnerships", announcement("ops-logged", "Logged Org", "2026-06-04"));
        JsonNode events = ledger.audit("/api/audit/partnerships/ops-logged/events");
        String correlationId = events.get(0).get("correlationId").asString();

        List<String> lines = output.getOut().lines().filter(line -> line.contains("correlationId " + correlationId)).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("INFO", "AnnouncePartnership", "ops-logged", "accepted", " ms");
    }

    @ParameterizedTest
    @CsvSource({"GET,/actuator/prometheus", "GET,/actuator", "POST,/api/admin/backups", "GET,/api/admin/backups/any"})
    void operationsAreTheOperatorsAlone(String method, String path) {
        assertThat(ledger.as(null, method, path, null).statusCode()).isEqualTo(401);
        for (String other : List.of("ana", "dash", "audit")) {
            assertThat(ledger.as(other, method, path, null).statusCode()).as(other).isEqualTo(403);
        }
        assertThat(ledger.as("ops", method, path, null).statusCode()).isIn(200, 202, 404);
    }

    @ParameterizedTest
    @CsvSource({"GET,/api/partnerships", "GET,/api/dashboard", "GET,/api/organizations", "GET,/api/feed",
            "GET,/api/stream", "GET,/api/audit/verification", "GET,/api/audit/export", "GET,/api/audit/dead-letters",
            "POST,/api/audit/replays"})
    void anOperatorReadsNoLedgerData(String method, String path) {
        HttpResponse<String> answer = ledger.as("ops", method, path, null);
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void anOperatorSendsNoCommand() {
        assertThat(ledger.as("ops", "POST", "/api/partnerships", announcement("ops-intake", "Ops Org", "2026-06-04"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aBackupCompletesIntoTheBackupDirectory() {
        ledger.command("/api/partnerships", announcement("ops-backed-up", "Backed-up Org", "2026-06-04"));
        HttpResponse<String> started = ledger.as("ops", "POST", "/api/admin/backups", null);
        assertThat(started.statusCode()).isEqualTo(202);
        String backupId = LedgerClient.JSON.readTree(started.body()).get("backupId").asString();

        JsonNode backup = LedgerClient.JSON.readTree(ledger.as("ops", "GET", "/api/admin/backups/" + backupId, null).body());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (backup.get("status").asString().equals("RUNNING") && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            backup = LedgerClient.JSON.readTree(ledger.as("ops", "GET", "/api/admin/backups/" + backupId, null).body());
        }
        assertThat(backup.get("status").asString()).as("%s", backup).isEqualTo("COMPLETED");
        assertThat(backup.get("events").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(Path.of(backup.get("file").asString())).isRegularFile().hasFileName(Path.of(backup.get("file")
                .asString()).getFileName().toString()).satisfies(file -> assertThat(file.toString()).endsWith(".zip"));
        assertThat(backup.get("completedAt").asString()).isNotEmpty();

        assertThat(ledger.as("ops", "GET", "/api/admin/backups/no-such-backup", null).statusCode()).isEqualTo(404);
    }
}
