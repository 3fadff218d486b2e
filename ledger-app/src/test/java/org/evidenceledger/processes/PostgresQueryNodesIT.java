package org.evidenceledger.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two query-side.jar processes on one PostgreSQL: the one that holds the claim on the active slot's
 * processor is killed with SIGKILL; the other takes the claim over once it times out (10 s in the
 * postgres profile; it tries every second) and projects what was recorded after the kill.
 */
class PostgresQueryNodesIT {

    private static final String PROCESSOR = "partnerships-a";

    @Test
    void givenTwoQueryNodes_whenTheOneProjectingIsKilled_thenTheOtherTakesItsSegmentAndShowsNewEntries() throws Exception {
        Path workDir = TestDataDirectories.create("postgres-query-nodes");
        try (Postgres postgres = Postgres.start(workDir);
             LedgerProcess command = LedgerProcess.commandSide("command", workDir, postgres);
             LedgerProcess first = LedgerProcess.querySide("query-1", workDir, postgres).awaitUp();
             LedgerProcess second = LedgerProcess.querySide("query-2", workDir, postgres).awaitUp()) {
            command.awaitUp();
            JdbcClient jdbc = postgres.jdbc();
            LedgerHttp http = new LedgerHttp();
            assertThat(http.post(command.base(), "/api/partnerships", EmbeddedCrashIT.announcement("before-kill"))
                    .status()).isEqualTo(201);
            String owner = Await.until(() -> owner(jdbc), "a claim on " + PROCESSOR);
            LedgerProcess projecting = first.owns(owner) ? first : second;
            LedgerProcess survivor = projecting == first ? second : first;
            assertThat(projecting.owns(owner)).as("owner %s is one of the query processes", owner).isTrue();
            Await.until(() -> status(http, survivor, "before-kill") == 200 ? "shown" : null, "the first entry on " + survivor.name());

            projecting.kill();
            long killed = System.nanoTime();
            assertThat(http.post(command.base(), "/api/partnerships", EmbeddedCrashIT.announcement("after-kill"))
                    .status()).isEqualTo(201);

            Await.until(() -> survivor.owns(owner(jdbc)) ? "taken over" : null, survivor.name() + " claiming " + PROCESSOR);
            Duration takeover = Duration.ofNanos(System.nanoTime() - killed);
            System.out.printf("%s took the claim over %d ms after the kill%n", survivor.name(), takeover.toMillis());
            assertThat(takeover).as("claim timeout 10 s, then one claim attempt a second")
                    .isLessThan(Duration.ofSeconds(12));
            Await.until(() -> status(http, survivor, "after-kill") == 200 ? "shown" : null,
                    "the entry recorded after the kill on " + survivor.name());
            StoredLedger.assertIntact(survivor.base(), 2);
            assertEachSideHasItsOwnMetrics(http, command, survivor);

            LedgerHttp.Answer backup = http.operator(command.base(), "/api/admin/backups", true);
            assertThat(backup.status()).as("a backup on PostgreSQL: %s", backup).isEqualTo(409);
            assertThat(backup.body()).contains("pg_basebackup");
        }
    }

    /** A command process times commands and counts events; a query process reports its processors' lag. */
    private static void assertEachSideHasItsOwnMetrics(LedgerHttp http, LedgerProcess command, LedgerProcess query)
            throws Exception {
        String commandSide = http.operator(command.base(), "/actuator/prometheus", false).body();
        String querySide = http.operator(query.base(), "/actuator/prometheus", false).body();
        assertThat(commandSide).contains("ledger_commands_seconds_count{command=\"AnnouncePartnership\",outcome=\"accepted\"} 2",
                "ledger_events_total 2").doesNotContain("ledger_projection_lag_events", "ledger_dead_letters");
        assertThat(querySide).contains("ledger_projection_lag_events{processor=\"" + PROCESSOR + "\"} 0", "ledger_dead_letters 0")
                .doesNotContain("ledger_commands_seconds", "ledger_events_total");
    }

    private static String owner(JdbcClient jdbc) {
        List<String> owners = jdbc.sql("SELECT owner FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL")
                .param(PROCESSOR).query(String.class).list();
        return owners.isEmpty() ? null : owners.get(0);
    }

    private static int status(LedgerHttp http, LedgerProcess node, String id) {
        return http.viewerStatus(node.base(), "/api/partnerships/" + id);
    }
}
