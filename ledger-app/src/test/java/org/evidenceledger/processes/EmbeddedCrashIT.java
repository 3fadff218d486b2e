package org.evidenceledger.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.Test;

/**
 * The embedded default under kill -9: ledger-app.jar in its own JVM takes benchmarks from four clients
 * and is killed with SIGKILL mid-load; restarted on the same data directory, it holds every command it
 * had answered 201, and the hash chains verify.
 */
class EmbeddedCrashIT {

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
            List<Writers.Ack> lost = StoredLedger.missing(restarted.base(), acks);
            System.out.printf("embedded kill -9: %d acknowledged, %d lost%n", acks.size(), lost.size());
            assertThat(lost).as("of %d acknowledged commands, lost after kill -9", acks.size()).isEmpty();
            StoredLedger.assertIntact(restarted.base(), acks.size() + PARTNERSHIPS.size());
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
