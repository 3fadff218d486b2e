package org.evidenceledger.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An online backup of the embedded default while three clients write: the backup completes, and
 * {@code restore} of it into a new data directory gives a ledger that verifies and holds every command
 * acknowledged before the backup was requested. restore refuses a directory that holds anything.
 */
class OnlineBackupIT {

    private static final List<String> PARTNERSHIPS = List.of("backup-one", "backup-two", "backup-three");

    @Test
    void givenThreeWriters_whenABackupIsTakenAndRestored_thenTheRestoredLedgerHoldsEveryEarlierAcknowledgement()
            throws Exception {
        Path jar = LedgerProcess.jar("ledger.app.jar");
        Path workDir = TestDataDirectories.create("online-backup");
        Path dataDir = workDir.resolve("data");
        LedgerHttp http = new LedgerHttp();
        List<Writers.Ack> acknowledgedBefore;
        Writers writers;
        String file;
        try (LedgerProcess ledger = LedgerProcess.start("ledger-app", jar, workDir, Map.of(),
                "--ledger.data-dir=" + dataDir).awaitUp()) {
            for (String id : PARTNERSHIPS) {
                assertThat(http.post(ledger.base(), "/api/partnerships", EmbeddedCrashIT.announcement(id)).status())
                        .isEqualTo(201);
            }
            writers = new Writers(3, () -> List.of(ledger.base()), PARTNERSHIPS).awaitAcks(150);
            acknowledgedBefore = writers.acks();
            LedgerHttp.Answer requested = http.operator(ledger.base(), "/api/admin/backups", true);
            assertThat(requested.status()).as("POST /api/admin/backups: %s", requested).isEqualTo(202);
            String backupId = requested.json().get("backupId").asString();
            int ackedWhenRequested = writers.acks().size();

            JsonNode backup = awaitFinished(http, ledger, backupId);
            int ackedWhenCompleted = writers.acks().size();
            writers.awaitAcks(ackedWhenCompleted + 50).stop();
            assertThat(backup.get("status").asString()).as("backup %s", backup).isEqualTo("COMPLETED");
            assertThat(backup.get("events").asLong()).isGreaterThanOrEqualTo(acknowledgedBefore.size() + PARTNERSHIPS.size());
            assertThat(backup.get("startedAt").asString()).isNotEmpty();
            assertThat(backup.get("completedAt").asString()).isNotEmpty();
            file = backup.get("file").asString();
            assertThat(Path.of(file)).isRegularFile().startsWith(dataDir.resolve("backups"));
            System.out.printf("online backup: %d acknowledged before the request, %d when it was sent, %d when it "
                            + "completed, %d in all; %d events, %d bytes, %d ms%n", acknowledgedBefore.size(),
                    ackedWhenRequested, ackedWhenCompleted, writers.acks().size(), backup.get("events").asLong(),
                    Files.size(Path.of(file)), java.time.Duration.between(
                            java.time.Instant.parse(backup.get("startedAt").asString()),
                            java.time.Instant.parse(backup.get("completedAt").asString())).toMillis());
        }
        assertThat(writers.refusals()).as("answers other than 201 while the backup ran").isEmpty();

        assertThat(restore(jar, workDir, "--from=" + file, "--ledger.data-dir=" + dataDir))
                .as("restore into the live ledger's own, non-empty directory").isEqualTo(2);
        Path restoredDir = workDir.resolve("restored");
        assertThat(restore(jar, workDir, "--from=" + file, "--ledger.data-dir=" + restoredDir)).isZero();

        try (LedgerProcess restored = LedgerProcess.start("ledger-app-restored", jar, workDir, Map.of(),
                "--ledger.data-dir=" + restoredDir).awaitUp()) {
            List<Writers.Ack> lost = StoredLedger.missing(restored.base(), acknowledgedBefore);
            assertThat(lost).as("of %d commands acknowledged before the backup was requested, missing after restore",
                    acknowledgedBefore.size()).isEmpty();
            StoredLedger.assertIntact(restored.base(), acknowledgedBefore.size() + PARTNERSHIPS.size());
        }
    }

    private static JsonNode awaitFinished(LedgerHttp http, LedgerProcess ledger, String backupId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            LedgerHttp.Answer status = http.operator(ledger.base(), "/api/admin/backups/" + backupId, false);
            assertThat(status.status()).as("GET the backup: %s", status).isEqualTo(200);
            JsonNode backup = status.json();
            if (!backup.get("status").asString().equals("RUNNING") || System.nanoTime() > deadline) {
                return backup;
            }
            Writers.sleep(50);
        }
    }

    /** {@code java -jar ledger-app.jar restore ...}; answers its exit status. */
    private static int restore(Path jar, Path workDir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(), "restore"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("restore.log").toFile())).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("restore finished").isTrue();
        return process.exitValue();
    }
}
