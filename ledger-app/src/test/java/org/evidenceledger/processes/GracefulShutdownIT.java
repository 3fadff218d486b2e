package org.evidenceledger.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * SIGTERM under load, as an orchestrator sends it: readiness turns 503 while the process still answers,
 * new commands are refused with a 503 problem, commands in flight finish (every 201 is in the ledger after
 * the restart, no 5xx but those 503s), an open live stream ends cleanly at once rather than holding the
 * shutdown, and the process exits soon. With structured logging on, the log is JSON lines, and each
 * command's line names the correlation id its events carry.
 */
class GracefulShutdownIT {

    private static final List<String> PARTNERSHIPS = List.of("shutdown-one", "shutdown-two", "shutdown-three");
    private static final Duration DRAIN = Duration.ofSeconds(3);

    @Test
    void givenWritersAndAnOpenStream_whenSigtermArrives_thenReadinessFallsNewCommandsGet503AndNothingAcknowledgedIsLost()
            throws Exception {
        Path jar = LedgerProcess.jar("ledger.app.jar");
        Path workDir = TestDataDirectories.create("graceful-shutdown");
        String dataDir = "--ledger.data-dir=" + workDir.resolve("data");
        LedgerHttp http = new LedgerHttp();
        Writers writers;
        Path log;
        try (LedgerProcess ledger = LedgerProcess.start("ledger-app", jar, workDir, Map.of(), dataDir,
                "--logging.structured.format.console=ecs", "--ledger.shutdown.drain-time=" + DRAIN.toSeconds() + "s")
                .awaitUp()) {
            log = ledger.log();
            assertThat(http.anonymous(ledger.base(), "/actuator/health/readiness").status()).isEqualTo(200);
            assertThat(http.anonymous(ledger.base(), "/actuator/health/liveness").status()).isEqualTo(200);
            for (String id : PARTNERSHIPS) {
                assertThat(http.post(ledger.base(), "/api/partnerships", EmbeddedCrashIT.announcement(id)).status())
                        .isEqualTo(201);
            }
            LiveStream stream = LiveStream.open(ledger.base());
            writers = new Writers(3, () -> List.of(ledger.base()), PARTNERSHIPS).awaitAcks(100);
            stream.awaitLines(2);

            long signalled = System.nanoTime();
            ledger.terminate();
            int readiness = awaitNotReady(http, ledger.base());
            LedgerHttp.Answer refused = http.post(ledger.base(), "/api/partnerships/shutdown-one/benchmarks", """
                    {"metric": "AUROC", "value": 0.9, "unit": "ratio", "publishedOn": "2026-07-01",
                     "source": {"url": "https://example.org/papers/late"}}
                    """);
            boolean stillAlive = ledger.isAlive();
            ledger.awaitExit(Duration.ofSeconds(20));
            long exitedAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled);
            writers.stop();

            assertThat(readiness).as("readiness after SIGTERM, while the process still answers").isEqualTo(503);
            assertThat(stillAlive).isTrue();
            assertThat(refused.status()).as("a command after SIGTERM: %s", refused).isEqualTo(503);
            assertThat(refused.json().get("title").asString()).isEqualTo("Shutting down");
            assertThat(stream.endedCleanly()).as("the live stream ended without an error, before the exit").isTrue();
            assertThat(exitedAfterMillis).as("ms from SIGTERM to exit").isLessThan(DRAIN.toMillis() + 10_000);
            System.out.printf("SIGTERM: exit after %d ms; %d acknowledged, refusals %s, %d unreachable%n",
                    exitedAfterMillis, writers.acks().size(), writers.refusals(), writers.unreachable());
        }
        assertThat(writers.refusals().keySet()).as("answers other than 201 around the shutdown")
                .allSatisfy(answer -> assertThat(answer).contains(" 503 ").contains("Shutting down"));

        try (LedgerProcess restarted = LedgerProcess.start("ledger-app-restarted", jar, workDir, Map.of(), dataDir)
                .awaitUp()) {
            List<Writers.Ack> acks = writers.acks();
            assertThat(StoredLedger.missing(restarted.base(), acks)).as("acknowledged, then missing after SIGTERM")
                    .isEmpty();
            StoredLedger.assertIntact(restarted.base(), acks.size() + PARTNERSHIPS.size());
            assertStructuredLog(log, correlationIds(http, restarted.base()));
        }
    }

    /** Polls readiness until it is not 200; answers that status, or -1 if the process stopped answering first. */
    private static int awaitNotReady(LedgerHttp http, URI base) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                int status = http.anonymous(base, "/actuator/health/readiness").status();
                if (status != 200) {
                    return status;
                }
            } catch (IOException gone) {
                return -1;
            }
            Writers.sleep(20);
        }
        return 200;
    }

    private static Set<String> correlationIds(LedgerHttp http, URI base) {
        Set<String> ids = new java.util.HashSet<>();
        for (String id : PARTNERSHIPS) {
            for (JsonNode event : http.audit(base, "/api/audit/partnerships/" + id + "/events")) {
                ids.add(event.get("correlationId").asString());
            }
        }
        return ids;
    }

    /** At least 90% of the lines are JSON objects; command lines carry the correlation ids of the events. */
    private static void assertStructuredLog(Path log, Set<String> eventCorrelationIds) throws IOException {
        List<String> lines = Files.readAllLines(log).stream().filter(line -> !line.isBlank()).toList();
        List<JsonNode> json = new ArrayList<>();
        for (String line : lines) {
            try {
                json.add(LedgerHttp.JSON.readTree(line));
            } catch (RuntimeException notJson) {
                // counted below
            }
        }
        assertThat(json.size()).as("JSON lines of %d", lines.size()).isGreaterThanOrEqualTo((int) (lines.size() * 0.9));
        List<JsonNode> commandLines = json.stream()
                .filter(line -> line.path("log").path("logger").asString("").endsWith("CommandLog"))
                .toList();
        Set<String> loggedAccepted = commandLines.stream()
                .filter(line -> line.path("outcome").asString("").equals("accepted"))
                .map(line -> line.path("correlationId").asString(""))
                .collect(Collectors.toSet());
        assertThat(loggedAccepted).as("correlation ids of accepted commands' log lines")
                .containsAll(eventCorrelationIds);
        assertThat(commandLines).allSatisfy(line -> {
            assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
            assertThat(line.has("command") && line.has("partnershipId") && line.has("outcome") && line.has("durationMs"))
                    .as("fields of %s", line).isTrue();
        });
        System.out.printf("structured log: %d of %d lines JSON, %d command lines%n", json.size(), lines.size(),
                commandLines.size());
    }

    /** GET /api/stream as viewer, read on a thread of its own. */
    private record LiveStream(Queue<String> lines, CompletableFuture<Void> ended) {

        static LiveStream open(URI base) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/stream"))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("dash:s3cret-2".getBytes(StandardCharsets.UTF_8)))
                    .GET().build();
            Queue<String> lines = new ConcurrentLinkedQueue<>();
            CompletableFuture<Void> ended = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(response -> {
                        try (Stream<String> body = response.body()) {
                            body.forEach(lines::add);
                        }
                    });
            return new LiveStream(lines, ended);
        }

        void awaitLines(int count) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (lines.size() < count && System.nanoTime() < deadline) {
                Writers.sleep(20);
            }
            assertThat(lines.size()).as("lines of the live stream").isGreaterThanOrEqualTo(count);
        }

        boolean endedCleanly() {
            try {
                ended.get(1, TimeUnit.SECONDS);
                return true;
            } catch (Exception failedOrOpen) {
                return false;
            }
        }
    }
}
