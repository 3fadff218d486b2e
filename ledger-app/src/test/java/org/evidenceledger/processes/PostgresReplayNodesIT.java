package org.evidenceledger.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A replay with two query-side.jar processes running on one PostgreSQL while intake keeps writing: both
 * nodes are asked to rebuild at once, one rebuild runs, the other node gives up its claim on the slot
 * being rebuilt, and afterwards both nodes answer every entry from the rebuilt slot.
 */
class PostgresReplayNodesIT {

    /** The slot a first replay rebuilds: the inactive one, b. */
    private static final String TARGET = "partnerships-b";
    private static final String ACTIVE = "partnerships-a";

    @Test
    void givenTwoQueryNodesUnderLoad_whenBothAreAskedToReplay_thenOneRebuildRunsAndBothShowEveryEntry() throws Exception {
        Path workDir = TestDataDirectories.create("postgres-replay-nodes");
        try (Postgres postgres = Postgres.start(workDir);
             LedgerProcess command = LedgerProcess.commandSide("command", workDir, postgres);
             LedgerProcess first = LedgerProcess.querySide("query-1", workDir, postgres);
             LedgerProcess second = LedgerProcess.querySide("query-2", workDir, postgres)) {
            command.awaitUp();
            first.awaitUp();
            second.awaitUp();
            LedgerHttp http = new LedgerHttp();
            List<String> partnerships = IntStream.range(0, 5).mapToObj(i -> "replayed-" + i).toList();
            for (String id : partnerships) {
                assertThat(http.post(command.base(), "/api/partnerships", EmbeddedCrashIT.announcement(id)).status())
                        .isEqualTo(201);
            }
            Writers writers = new Writers(2, () -> List.of(command.base()), partnerships).awaitAcks(40);

            // Only the active slot is projected while no replay runs: no process keeps a claim on the other one.
            Await.until(() -> owner(postgres.jdbc(), ACTIVE) != null && owner(postgres.jdbc(), TARGET) == null
                    ? "only " + ACTIVE : null, "a claim on " + ACTIVE + " and none on " + TARGET);
            LedgerProcess rebuilding = first;
            LedgerProcess projecting = second;
            LedgerHttp.Answer started = http.auditPost(rebuilding.base(), "/api/audit/replays");
            LedgerHttp.Answer again = http.auditPost(projecting.base(), "/api/audit/replays");
            assertThat(started.status()).as("first replay request %s", started).isEqualTo(202);
            assertThat(again.status()).as("second replay request %s", again).isEqualTo(202);
            String replayId = started.json().get("replayId").asString();
            assertThat(again.json().get("replayId").asString()).as("the running replay, not a second one").isEqualTo(replayId);

            JsonNode finished = Await.until(() -> {
                JsonNode status = http.audit(projecting.base(), "/api/audit/replays/" + replayId);
                return "RUNNING".equals(status.get("status").asString()) ? null : status;
            }, "the end of replay " + replayId);
            writers.stop();
            assertThat(finished.get("status").asString()).as("replay %s", finished).isEqualTo("COMPLETED");
            assertThat(writers.refusals()).as("commands refused during the replay").isEmpty();

            for (String id : partnerships) {
                int events = http.audit(first.base(), "/api/audit/partnerships/" + id + "/events").size();
                for (LedgerProcess node : List.of(first, second)) {
                    Await.until(() -> entries(http, node.base(), id) == events ? "all" : null,
                            events + " entries of " + id + " on " + node.name());
                }
            }
            // The rebuilt slot is active now; the slot it replaced is no longer projected by any process.
            Await.until(() -> owner(postgres.jdbc(), TARGET) != null && owner(postgres.jdbc(), ACTIVE) == null
                    ? "only " + TARGET : null, "a claim on " + TARGET + " and none on " + ACTIVE);
            StoredLedger.assertIntact(second.base(), partnerships.size() + writers.acks().size());
        }
    }

    private static String owner(JdbcClient jdbc, String processor) {
        List<String> owners = jdbc.sql("SELECT owner FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL")
                .param(processor).query(String.class).list();
        return owners.isEmpty() ? null : owners.get(0);
    }

    private static int entries(LedgerHttp http, URI node, String id) {
        return http.audit(node, "/api/partnerships/" + id + "/timeline").get("entries").size();
    }
}
