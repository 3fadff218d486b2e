package org.evidenceledger.disk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The data directory on a real 24 MB filesystem (a tmpfs mounted for the test; CI runs as root, as
 * every machine of this project does) that a filler file fills to the last byte. A full disk must be
 * an outage of writes, never of data: commands 503 problem+json with Retry-After and never 500,
 * queries 200, health not UP, commands back within 30 s of room returning, and after kill -9 every
 * acknowledged command is there and the hash chain verifies.
 */
class FullDiskIT {

    private static final Duration HEALS_WITHIN = Duration.ofSeconds(30);
    private static final Duration READS_WHILE_FULL = Duration.ofSeconds(6);

    /** partnershipId -> the versions the service acknowledged (201) for it. */
    private final Map<String, Set<Long>> acknowledged = new TreeMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    @Test
    void aFullDiskRefusesCommandsWith503_answersQueries_healsWhenRoomReturns_andLosesNothingAcknowledged() throws Exception {
        Path mountPoint = LedgerJar.directoryUnderTarget("full-disk");
        Path log = Path.of(mountPoint + ".log");
        Path data = mountPoint.resolve("data");
        Path filler = mountPoint.resolve("filler");
        run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", mountPoint.toString());
        try {
            try (LedgerJar ledger = LedgerJar.start(data, log)) {
                recordConcurrently(ledger, 80);
                awaitReadModel(ledger);
                // The default keeps headroom: below 8 MB left, commands are refused before they write.
                fill(filler);
                assertRefusedWhileFull(ledger, true);
                Files.delete(filler);
                assertHeals(ledger, true);
                ledger.kill();
            }
            // Without headroom the commands themselves meet ENOSPC inside H2, which closes its store.
            try (LedgerJar ledger = LedgerJar.start(data, log, "--ledger.storage.min-free-space=0")) {
                assertEverythingAcknowledgedIsThere(ledger);
                recordConcurrently(ledger, 20);
                awaitReadModel(ledger);
                fill(filler);
                assertRefusedWhileFull(ledger, false);
                Files.delete(filler);
                assertHeals(ledger, false);
                ledger.kill();
            }
            try (LedgerJar ledger = LedgerJar.start(data, log)) {
                assertEverythingAcknowledgedIsThere(ledger);
            }
        } finally {
            run("umount", mountPoint.toString());
        }
    }

    private void assertRefusedWhileFull(LedgerJar ledger, boolean healthKnowsTheThreshold) {
        HttpResponse<String> refused = null;
        for (int i = 0; i < 300 && refused == null; i++) {
            HttpResponse<String> answer = nextCommand(ledger);
            if (answer.statusCode() == 503) {
                refused = answer;
            }
        }
        assertThat(refused).as("a command refused within 300 on a full disk").isNotNull();
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        JsonNode problem = LedgerJar.JSON.readTree(refused.body());
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("type").asString()).isNotBlank();
        for (int i = 0; i < 10; i++) {
            nextCommand(ledger);
        }

        // For longer than the service's background work waits between writes (a processor's claim, compaction):
        // on a full disk each such write would close H2's store under the queries.
        String known = acknowledged.keySet().iterator().next();
        long readsUntil = System.nanoTime() + READS_WHILE_FULL.toNanos();
        int rounds = 0;
        do {
            for (String query : new String[] {"/api/dashboard", "/api/partnerships", "/api/organizations",
                    "/api/partnerships/" + known, "/api/partnerships/" + known + "/timeline"}) {
                HttpResponse<String> answer = ledger.query(query);
                assertThat(answer.statusCode()).as("GET %s on a full disk (round %d): %s", query, rounds, answer.body())
                        .isEqualTo(200);
            }
            JsonNode verification = ledger.audit("/api/audit/verification");
            assertThat(verification.path("intact").asBoolean()).as("verification on a full disk: %s", verification).isTrue();
            rounds++;
        } while (System.nanoTime() < readsUntil);
        if (healthKnowsTheThreshold) {
            HttpResponse<String> health = ledger.health();
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).doesNotContain("\"UP\"");
            assertThat(ledger.readiness().statusCode()).as("readiness on a full disk").isEqualTo(503);
        }
    }

    private void assertHeals(LedgerJar ledger, boolean healthKnowsTheThreshold) {
        long deadline = System.nanoTime() + HEALS_WITHIN.toNanos();
        int status;
        do {
            status = nextCommand(ledger).statusCode();
            if (status != 201) {
                LedgerJar.sleep(Duration.ofMillis(500));
            }
        } while (status != 201 && System.nanoTime() < deadline);
        assertThat(status).as("a command succeeds within %s of room returning", HEALS_WITHIN).isEqualTo(201);
        if (healthKnowsTheThreshold) {
            assertThat(ledger.health().body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(ledger.readiness().statusCode()).as("readiness once room returned").isEqualTo(200);
        }
    }

    private void assertEverythingAcknowledgedIsThere(LedgerJar ledger) {
        long total = 0;
        for (Map.Entry<String, Set<Long>> partnership : acknowledged.entrySet()) {
            Set<Long> stored = new TreeSet<>();
            ledger.audit("/api/audit/partnerships/" + partnership.getKey() + "/events")
                    .forEach(event -> stored.add(event.path("sequenceNumber").asLong()));
            assertThat(stored).as("stored versions of %s", partnership.getKey()).containsAll(partnership.getValue());
            total += partnership.getValue().size();
        }
        JsonNode verification = ledger.audit("/api/audit/verification");
        assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.path("events").asLong()).isGreaterThanOrEqualTo(total);
    }

    /** An announcement every fifth command, benchmarks on the latest partnership otherwise; never a 5xx but 503. */
    private HttpResponse<String> nextCommand(LedgerJar ledger) {
        int n = sequence.getAndIncrement();
        String partnership = "disk-" + (n / 5);
        HttpResponse<String> answer = n % 5 == 0
                ? ledger.command("/api/partnerships", LedgerJar.announcement(partnership))
                : ledger.command("/api/partnerships/" + partnership + "/benchmarks", LedgerJar.benchmark());
        if (answer.statusCode() == 404 && n % 5 != 0) {
            // its announcement was refused: nothing to add to
            return answer;
        }
        assertThat(answer.statusCode()).as("command %d answered %s", n, answer.body()).isIn(201, 503);
        if (answer.statusCode() == 201) {
            JsonNode recorded = LedgerJar.JSON.readTree(answer.body());
            synchronized (acknowledged) {
                acknowledged.computeIfAbsent(recorded.path("partnershipId").asString(), id -> new TreeSet<>())
                        .add(recorded.path("version").asLong());
            }
        }
        return answer;
    }

    private void recordConcurrently(LedgerJar ledger, int commands) throws Exception {
        // Each client takes whole partnerships (5 commands each) so that none adds to another's.
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] done = new Future<?>[4];
            int start = sequence.updateAndGet(n -> (n + 4) / 5 * 5);
            sequence.addAndGet(commands);
            for (int c = 0; c < done.length; c++) {
                int client = c;
                done[c] = clients.submit(() -> {
                    for (int n = start + client * 5; n < start + commands; n += 20) {
                        for (int k = n; k < n + 5; k++) {
                            String partnership = "disk-" + (k / 5);
                            HttpResponse<String> answer = k % 5 == 0
                                    ? ledger.command("/api/partnerships", LedgerJar.announcement(partnership))
                                    : ledger.command("/api/partnerships/" + partnership + "/benchmarks", LedgerJar.benchmark());
                            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
                            JsonNode recorded = LedgerJar.JSON.readTree(answer.body());
                            synchronized (acknowledged) {
                                acknowledged.computeIfAbsent(partnership, id -> new TreeSet<>())
                                        .add(recorded.path("version").asLong());
                            }
                        }
                    }
                    return null;
                });
            }
            for (Future<?> client : done) {
                client.get(5, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** Queries on a full disk answer from what is stored: let the read model hold everything first. */
    private void awaitReadModel(LedgerJar ledger) {
        String latest = "disk-" + ((sequence.get() - 1) / 5);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (ledger.query("/api/partnerships/" + latest).statusCode() != 200) {
            assertThat(System.nanoTime()).as("read model reached %s", latest).isLessThan(deadline);
            LedgerJar.sleep(Duration.ofMillis(200));
        }
        // The active read-model slot and the ledger's log project in the background; the disk is filled once both
        // are idle, so that the test measures what commands and queries do on a full disk, not a projection's commit.
        // The inactive slot's processor is stopped (lag NaN: no segment held here).
        long idle = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!everyProcessorCaughtUp(ledger.metrics())) {
            assertThat(System.nanoTime()).as("every processor caught up").isLessThan(idle);
            LedgerJar.sleep(Duration.ofMillis(200));
        }
    }

    private static boolean everyProcessorCaughtUp(String metrics) {
        List<String> lags = metrics.lines().filter(line -> line.startsWith("ledger_projection_lag_events{")).toList();
        List<Double> values = lags.stream().map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .toList();
        return values.stream().filter(lag -> lag == 0).count() >= 2
                && values.stream().allMatch(lag -> lag == 0 || lag.isNaN());
    }

    /** Writes until the filesystem says no more. */
    private static void fill(Path filler) {
        byte[] block = new byte[1 << 20];
        try (OutputStream out = new FileOutputStream(filler.toFile())) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertThat(filler.toFile().getUsableSpace()).as("free bytes after filling").isLessThan(64 * 1024);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + output
                    + " (the full-disk test mounts a real filesystem and needs root, as CI has)");
        }
    }
}
