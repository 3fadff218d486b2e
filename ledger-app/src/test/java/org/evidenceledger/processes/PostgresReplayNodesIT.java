package org.evidenceledger.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A replay with two query-side.jar processes running on one PostgreSQL while intake keeps writing: both
 * nodes are asked to rebuild at once, one rebuild runs at a time, the other node gives up its claim on the
 * slot being rebuilt, and afterwards both nodes answer every entry from the rebuilt slot.
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
            // Both nodes at once. One rebuild runs at a time: the second request answers the running replay, or,
            // if that one had already ended (a rebuild of a few dozen events takes a fraction of a second), starts
            // the next one, never one beside it.
            CompletableFuture<LedgerHttp.Answer> toFirst = CompletableFuture.supplyAsync(() -> replay(http, first));
            CompletableFuture<LedgerHttp.Answer> toSecond = CompletableFuture.supplyAsync(() -> replay(http, second));
            List<String> replayIds = new ArrayList<>();
            for (LedgerHttp.Answer started : List.of(toFirst.join(), toSecond.join())) {
                assertThat(started.status()).as("replay request %s", started).isEqualTo(202);
                String replayId = started.json().get("replayId").asString();
                if (!replayIds.contains(replayId)) {
                    replayIds.add(replayId);
                }
            }
            List<JsonNode> finished = new ArrayList<>();
            for (String replayId : replayIds) {
                finished.add(Await.until(() -> {
                    JsonNode status = http.audit(second.base(), "/api/audit/replays/" + replayId);
                    return "RUNNING".equals(status.get("status").asString()) ? null : status;
                }, "the end of replay " + replayId));
            }
            writers.stop();
            for (JsonNode replay : finished) {
                assertThat(replay.get("status").asString()).as("replay %s", replay).isEqualTo("COMPLETED");
            }
            if (finished.size() == 2) {
                Instant endOfOne = Instant.parse(finished.get(0).get("completedAt").asString());
                Instant startOfOther = Instant.parse(finished.get(1).get("startedAt").asString());
                Instant endOfOther = Instant.parse(finished.get(1).get("completedAt").asString());
                Instant startOfOne = Instant.parse(finished.get(0).get("startedAt").asString());
                assertThat(!endOfOne.isAfter(startOfOther) || !endOfOther.isAfter(startOfOne))
                        .as("two replays never run side by side: %s", finished).isTrue();
            }
            assertThat(writers.refusals()).as("commands refused during the replay").isEmpty();
            // Each replay rebuilds the inactive slot and makes it active: after two, the first slot is active again.
            String rebuilt = finished.size() == 1 ? TARGET : ACTIVE;
            String replaced = finished.size() == 1 ? ACTIVE : TARGET;

            for (String id : partnerships) {
                int events = http.audit(first.base(), "/api/audit/partnerships/" + id + "/events").size();
                for (LedgerProcess node : List.of(first, second)) {
                    Await.until(() -> entries(http, node.base(), id) == events ? "all" : null,
                            events + " entries of " + id + " on " + node.name());
                }
            }
            // The rebuilt slot is active now; the slot it replaced is no longer projected by any process.
            Await.until(() -> owner(postgres.jdbc(), rebuilt) != null && owner(postgres.jdbc(), replaced) == null
                    ? "only " + rebuilt : null, "a claim on " + rebuilt + " and none on " + replaced);
            StoredLedger.assertIntact(second.base(), partnerships.size() + writers.acks().size());
        }
    }

    private static LedgerHttp.Answer replay(LedgerHttp http, LedgerProcess node) {
        try {
            return http.auditPost(node.base(), "/api/audit/replays");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
