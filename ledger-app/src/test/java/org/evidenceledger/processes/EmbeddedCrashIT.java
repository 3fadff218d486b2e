package org.evidenceledger.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The embedded default under kill -9: ledger-app.jar in its own JVM takes benchmarks from four clients
 * and is killed with SIGKILL mid-load; restarted on the same data directory, it holds every command it
 * had answered 201, its queries show them within seconds (its projections take over the claims the killed
 * process left), and the hash chains verify.
 */
class EmbeddedCrashIT {

    /** Time to project what the projection had not yet when the process was killed (a few hundred events). */
    private static final Duration QUERYABLE_AFTER_RESTART = Duration.ofSeconds(3);
    private static final List<String> PARTNERSHIPS = List.of("crash-one", "crash-two", "crash-three");

    @Test
    void givenFourWritersUnderLoad_whenTheProcessIsKilled_thenEveryAcknowledgedCommandSurvivesTheRestart() throws Exception {
        Path jar = LedgerProcess.jar("ledger.app.jar");
        Path workDir = TestDataDirectories.create("embedded-crash");
        String dataDir = "--ledger.data-dir=" + workDir.resolve("data");
        Writers writers;
        try (LedgerProcess ledger = LedgerProcess.start("ledger-app", jar, workDir, Map.of(), dataDir).awaitUp()) {
            LedgerHttp http = new LedgerHttp();
            for (String id : PARTNERSHIPS) {
                assertThat(http.post(ledger.base(), "/api/partnerships", announcement(id)).status()).isEqualTo(201);
            }
            writers = new Writers(4, () -> List.of(ledger.base()), PARTNERSHIPS).awaitAcks(400);
            ledger.kill();
            writers.stop();
        }
        assertThat(writers.refusals()).as("answers other than 201 before the kill").isEmpty();

        try (LedgerProcess restarted = LedgerProcess.start("ledger-app-restarted", jar, workDir, Map.of(), dataDir)
                .awaitUp()) {
            List<Writers.Ack> acks = writers.acks();
            assertThat(StoredLedger.queriesBehind(restarted.base(), acks, QUERYABLE_AFTER_RESTART))
                    .as("queries lacking acknowledged entries %s after the restarted process answered UP",
                            QUERYABLE_AFTER_RESTART)
                    .isEmpty();
            List<Writers.Ack> lost = StoredLedger.missing(restarted.base(), acks);
            System.out.printf("embedded kill -9: %d acknowledged, %d lost%n", acks.size(), lost.size());
            assertThat(lost).as("of %d acknowledged commands, lost after kill -9", acks.size()).isEmpty();
            StoredLedger.assertIntact(restarted.base(), acks.size() + PARTNERSHIPS.size());
        }
    }

    /**
     * A process killed during a replay leaves it RUNNING in the database. Restarted on the embedded default,
     * where no other process can be running it, the service marks it failed at once and its queries follow new
     * commands; waiting for the dead replay's heartbeat to fall silent (15 s) kept the projection stopped.
     */
    @Test
    void givenAReplayLeftRunningByAKilledProcess_whenRestarted_thenQueriesFollowNewCommandsAtOnce() throws Exception {
        Path jar = LedgerProcess.jar("ledger.app.jar");
        Path workDir = TestDataDirectories.create("embedded-replay-crash");
        Path data = workDir.resolve("data");
        String dataDir = "--ledger.data-dir=" + data;
        LedgerHttp http = new LedgerHttp();
        try (LedgerProcess ledger = LedgerProcess.start("ledger-app", jar, workDir, Map.of(), dataDir).awaitUp()) {
            assertThat(http.post(ledger.base(), "/api/partnerships", announcement("before-replay")).status()).isEqualTo(201);
            ledger.kill();
        }
        String replayId = "replay-of-the-killed-process";
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("ledger"), "sa", "")) {
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement lock = connection.prepareStatement(
                    "INSERT INTO replay_lock (read_model, replay_id) VALUES ('partnerships', ?)");
                 PreparedStatement replay = connection.prepareStatement("""
                         INSERT INTO read_model_replay (replay_id, status, target_slot, events_processed, total_events,
                             started_at, owner, heartbeat_at) VALUES (?, 'RUNNING', 'b', 0, 1, ?, '1@killed', ?)""")) {
                lock.setString(1, replayId);
                lock.executeUpdate();
                replay.setString(1, replayId);
                replay.setTimestamp(2, now);
                replay.setTimestamp(3, now);
                replay.executeUpdate();
            }
        }

        try (LedgerProcess restarted = LedgerProcess.start("ledger-app-restarted", jar, workDir, Map.of(), dataDir)
                .awaitUp()) {
            LedgerHttp.Answer after = http.post(restarted.base(), "/api/partnerships", announcement("after-restart"));
            assertThat(after.status()).isEqualTo(201);
            List<Writers.Ack> acks = List.of(new Writers.Ack(restarted.base(), "after-restart", "announcement", 0));
            assertThat(StoredLedger.queriesBehind(restarted.base(), acks, QUERYABLE_AFTER_RESTART))
                    .as("queries lacking a command recorded after the restart, %s after UP", QUERYABLE_AFTER_RESTART)
                    .isEmpty();
            JsonNode replay = http.audit(restarted.base(), "/api/audit/replays/" + replayId);
            assertThat(replay.get("status").asString()).isEqualTo("FAILED");
        }
    }

    static String announcement(String id) {
        return """
                {"partnershipId": "%s", "title": "Partnership %s",
                 "parties": [{"name": "Durable Org", "role": "MODEL_OWNER"}],
                 "announcedOn": "2026-06-04", "source": {"url": "https://example.org/news/%s"}}
                """.formatted(id, id, id);
    }
}
