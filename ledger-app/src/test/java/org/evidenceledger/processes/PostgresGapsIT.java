package org.evidenceledger.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.Test;

/**
 * Transactions on PostgreSQL take their global index before they commit, so they can commit out of
 * order. Here one announcement's transaction is held open for seconds after it took its index (a
 * trigger of the test's own sleeps in it) while later announcements commit: the query process sees the
 * later ones first, and must still project the slow one once it commits, never skip it.
 */
class PostgresGapsIT {

    private static final String SLOW = "gap-slow-commit";
    private static final List<String> FAST = List.of("gap-fast-one", "gap-fast-two", "gap-fast-three", "gap-fast-four");

    @Test
    void givenAnEarlierIndexCommittingAfterLaterOnes_thenTheQuerySideProjectsEveryEvent() throws Exception {
        Path workDir = TestDataDirectories.create("postgres-gaps");
        try (Postgres postgres = Postgres.start(workDir);
             LedgerProcess command = LedgerProcess.commandSide("command", workDir, postgres);
             LedgerProcess query = LedgerProcess.querySide("query", workDir, postgres)) {
            command.awaitUp();
            query.awaitUp();
            postgres.jdbc().sql("""
                    CREATE FUNCTION test_slow_commit() RETURNS trigger AS $$
                    BEGIN
                        IF NEW.aggregate_identifier = '%s' THEN PERFORM pg_sleep(6); END IF;
                        RETURN NEW;
                    END $$ LANGUAGE plpgsql""".formatted(SLOW)).update();
            postgres.jdbc().sql("""
                    CREATE TRIGGER test_slow_commit AFTER INSERT ON domain_event_entry
                    FOR EACH ROW EXECUTE FUNCTION test_slow_commit()""").update();
            LedgerHttp http = new LedgerHttp();

            CompletableFuture<Integer> slow = CompletableFuture.supplyAsync(() -> post(http, command, SLOW));
            awaitIndexTaken(postgres);
            for (String id : FAST) {
                assertThat(post(http, command, id)).isEqualTo(201);
            }
            assertThat(slow.get(60, TimeUnit.SECONDS)).isEqualTo(201);
            assertThat(globalIndex(postgres, SLOW)).isLessThan(globalIndex(postgres, FAST.get(0)));

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (shown(http, query) < FAST.size() + 1 && System.nanoTime() < deadline) {
                Writers.sleep(250);
            }
            assertThat(http.viewerStatus(query.base(), "/api/partnerships/" + SLOW))
                    .as("the event that committed late is projected").isEqualTo(200);
            for (String id : FAST) {
                assertThat(http.viewerStatus(query.base(), "/api/partnerships/" + id)).isEqualTo(200);
            }
        }
    }

    private static int post(LedgerHttp http, LedgerProcess command, String id) {
        try {
            return http.post(command.base(), "/api/partnerships", EmbeddedCrashIT.announcement(id)).status();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The slow announcement has taken its global index once its insert sleeps in the trigger, uncommitted. */
    private static void awaitIndexTaken(Postgres postgres) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (postgres.jdbc().sql("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'")
                .query(Long.class).single() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the slow announcement never reached its insert");
            }
            Writers.sleep(50);
        }
    }

    private static long globalIndex(Postgres postgres, String id) {
        return postgres.jdbc().sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(id).query(Long.class).single();
    }

    private static int shown(LedgerHttp http, LedgerProcess query) {
        int shown = 0;
        for (String id : FAST) {
            shown += http.viewerStatus(query.base(), "/api/partnerships/" + id) == 200 ? 1 : 0;
        }
        return shown + (http.viewerStatus(query.base(), "/api/partnerships/" + SLOW) == 200 ? 1 : 0);
    }
}
