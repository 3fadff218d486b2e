package org.evidenceledger.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Two command-side.jar processes append concurrently on one PostgreSQL, so commits reach the log in
 * an order that differs from the global index. Digests saved while they write keep their roots: a
 * leaf's index, once given, never changes, and every event is a leaf exactly once.
 */
class PostgresLeafOrderIT {

    private static final List<String> PARTNERSHIPS = List.of("leaf-order-1", "leaf-order-2", "leaf-order-3");

    @Test
    void givenTwoCommandNodesWritingAtOnce_whenDigestsAreSavedOnTheWay_thenEveryOldRootStaysAndNoEventRepeats()
            throws Exception {
        Path workDir = TestDataDirectories.create("postgres-leaf-order");
        try (Postgres postgres = Postgres.start(workDir);
             LedgerProcess nodeA = LedgerProcess.commandSide("command-a", workDir, postgres);
             LedgerProcess nodeB = LedgerProcess.commandSide("command-b", workDir, postgres);
             LedgerProcess query = LedgerProcess.querySide("query", workDir, postgres)) {
            nodeA.awaitUp();
            nodeB.awaitUp();
            query.awaitUp();
            LedgerHttp http = new LedgerHttp();
            for (String id : PARTNERSHIPS) {
                assertThat(http.post(nodeA.base(), "/api/partnerships", EmbeddedCrashIT.announcement(id)).status())
                        .isEqualTo(201);
            }
            Writers writers = new Writers(6, () -> List.of(nodeA.base(), nodeB.base()), PARTNERSHIPS);
            List<Map.Entry<Long, String>> saved = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            // Digests are saved while the writers run, until at least 150 commands were acknowledged and five
            // digests of growing, non-empty trees were saved on the way (the log admits behind the writers).
            while ((writers.acks().size() < 150 || growingDigests(saved) < 5) && System.nanoTime() < deadline) {
                JsonNode digest = http.audit(query.base(), "/api/audit/digest");
                saved.add(Map.entry(digest.get("treeSize").asLong(), digest.get("rootHash").asString()));
                Thread.sleep(100);
            }
            writers.stop();

            JdbcClient jdbc = postgres.jdbc();
            long events = jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
            long waitUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (http.audit(query.base(), "/api/audit/digest").get("treeSize").asLong() < events
                    && System.nanoTime() < waitUntil) {
                Thread.sleep(100);
            }
            assertThat(http.audit(query.base(), "/api/audit/digest").get("treeSize").asLong()).isEqualTo(events);
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT event_identifier) FROM ledger_leaf").query(Long.class).single())
                    .as("every event is a leaf exactly once").isEqualTo(events);
            assertThat(jdbc.sql("SELECT MAX(leaf_index) FROM ledger_leaf").query(Long.class).single())
                    .as("leaf indexes run from 0 without a hole").isEqualTo(events - 1);
            assertThat(growingDigests(saved)).as("distinct non-empty tree sizes saved while writing").isGreaterThanOrEqualTo(5);
            for (Map.Entry<Long, String> digest : saved) {
                if (digest.getKey() > 0) {
                    assertThat(http.audit(query.base(), "/api/audit/digest?treeSize=" + digest.getKey())
                            .get("rootHash").asString()).as("root of the first %d leaves", digest.getKey())
                            .isEqualTo(digest.getValue());
                }
            }
            StoredLedger.assertIntact(query.base(), events);
        }
    }

    private static long growingDigests(List<Map.Entry<Long, String>> saved) {
        return saved.stream().mapToLong(Map.Entry::getKey).filter(size -> size > 0).distinct().count();
    }
}
