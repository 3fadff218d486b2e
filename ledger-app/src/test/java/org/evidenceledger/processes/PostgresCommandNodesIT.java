package org.evidenceledger.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production shape on a real PostgreSQL: two command-side.jar processes on the postgres profile take
 * commands for the same partnerships from several clients. API.md: no 409 for commands that merely raced,
 * If-Match judged against the partnership's real version on either node, nothing acknowledged lost when
 * one node is killed with SIGKILL while the other keeps accepting. A query-side.jar started last reads
 * every acknowledged entry back and verifies the chains.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresCommandNodesIT {

    private static final List<String> PARTNERSHIPS =
            List.of("race-one", "race-two", "race-three", "race-four", "race-five");

    private static Path workDir;
    private static Postgres postgres;
    private static LedgerProcess nodeA;
    private static LedgerProcess nodeB;
    private static final List<Writers.Ack> acknowledged = new CopyOnWriteArrayList<>();
    private final LedgerHttp http = new LedgerHttp();

    @BeforeAll
    static void start() {
        workDir = TestDataDirectories.create("postgres-command-nodes");
        postgres = Postgres.start(workDir);
        Path jar = LedgerProcess.jar("command.side.jar");
        nodeA = LedgerProcess.start("command-a", jar, workDir, postgres.environment());
        nodeB = LedgerProcess.start("command-b", jar, workDir, postgres.environment());
        nodeA.awaitUp();
        nodeB.awaitUp();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable running : new AutoCloseable[] {nodeA, nodeB, postgres}) {
            try {
                if (running != null) {
                    running.close();
                }
            } catch (Exception e) {
                System.err.println("could not stop " + running + ": " + e);
            }
        }
    }

    @Test
    @Order(1)
    void theMigrationsRanOnPostgresql() throws Exception {
        JdbcClient jdbc = postgres.jdbc();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")
                .query(String.class).list()).containsExactlyElementsOf(migrationVersions());
        assertThat(jdbc.sql("""
                        SELECT data_type FROM information_schema.columns
                        WHERE table_name = 'domain_event_entry' AND column_name = 'payload'""")
                .query(String.class).single()).isEqualTo("bytea");
    }

    @Test
    @Order(2)
    void givenSixClientsWritingTheSamePartnershipsThroughBothNodes_thenEveryValidCommandIs201() throws Exception {
        for (String id : PARTNERSHIPS) {
            assertThat(http.post(nodeA.base(), "/api/partnerships", EmbeddedCrashIT.announcement(id)).status())
                    .isEqualTo(201);
        }

        // Six clients on two of them: races are frequent, not a matter of luck.
        Writers writers = new Writers(6, () -> List.of(nodeA.base(), nodeB.base()), PARTNERSHIPS.subList(0, 2))
                .awaitAcks(240).stop();

        acknowledged.addAll(writers.acks());
        System.out.printf("two command nodes racing: %d sent, %d acknowledged, refused %s%n",
                writers.sent(), writers.acks().size(), writers.refusals());
        assertThat(writers.refusals()).as("answers other than 201").isEmpty();
        assertThat(writers.acks()).extracting(Writers.Ack::node).contains(nodeA.base(), nodeB.base());
        assertThat(missingFromStore(writers.acks())).as("acknowledged but not stored").isEmpty();
    }

    @Test
    @Order(3)
    void givenTheOtherNodeWroteLast_whenIfMatchNamesTheCurrentVersion_then201_andAStaleOneIs412OnEitherNode()
            throws Exception {
        String path = "/api/partnerships/race-one/benchmarks";
        String benchmark = """
                {"metric": "AUROC", "value": 0.8, "unit": "ratio", "publishedOn": "2026-07-02",
                 "source": {"url": "https://example.org/papers/if-match"}}
                """;
        LedgerHttp.Answer onA = http.post(nodeA.base(), path, benchmark);
        LedgerHttp.Answer onB = http.post(nodeB.base(), path, benchmark);
        long current = onB.json().get("version").asLong();
        assertThat(onA.status()).isEqualTo(201);
        assertThat(onB.status()).isEqualTo(201);

        LedgerHttp.Answer matching = http.post(nodeA.base(), path, benchmark, "If-Match", "\"" + current + "\"");
        assertThat(matching.status()).as("node A after node B wrote: %s", matching.body()).isEqualTo(201);
        assertThat(matching.json().get("version").asLong()).isEqualTo(current + 1);

        assertThat(http.post(nodeB.base(), path, benchmark, "If-Match", "\"" + current + "\"").status()).isEqualTo(412);
        assertThat(http.post(nodeA.base(), path, benchmark, "If-Match", "\"" + current + "\"").status()).isEqualTo(412);
    }

    @Test
    @Order(4)
    void givenLoadOnBothNodes_whenOneIsKilled_thenNothingAcknowledgedIsLost_andTheOtherKeepsAccepting() throws Exception {
        List<URI> live = new CopyOnWriteArrayList<>(List.of(nodeA.base(), nodeB.base()));
        Writers writers = new Writers(4, () -> live, PARTNERSHIPS).awaitAcks(150);
        nodeA.kill();
        int beforeKill = writers.acks().size();
        live.remove(nodeA.base());
        writers.awaitAcks(beforeKill + 100).stop();

        acknowledged.addAll(writers.acks());
        System.out.printf("command node killed: %d acknowledged (%d after the kill), %d unreachable, refused %s%n",
                writers.acks().size(), writers.acks().size() - beforeKill, writers.unreachable(), writers.refusals());
        assertThat(writers.refusals()).as("answers other than 201").isEmpty();
        assertThat(missingFromStore(writers.acks())).as("acknowledged but not stored").isEmpty();
        assertThat(writers.acks().subList(beforeKill, writers.acks().size()))
                .extracting(Writers.Ack::node).containsOnly(nodeB.base());
    }

    @Test
    @Order(5)
    void aQueryNodeStartedAfterwardsReadsEveryAcknowledgedEntry_andTheChainsVerify() {
        try (LedgerProcess query = LedgerProcess.querySide("query", workDir, postgres).awaitUp()) {
            assertThat(StoredLedger.missing(query.base(), acknowledged)).isEmpty();
            StoredLedger.assertIntact(query.base(), acknowledged.size() + PARTNERSHIPS.size());
        }
    }

    private List<Writers.Ack> missingFromStore(List<Writers.Ack> acks) {
        JdbcClient jdbc = postgres.jdbc();
        return acks.stream().filter(ack -> jdbc.sql("""
                        SELECT COUNT(*) FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND sequence_number = ? AND convert_from(payload, 'UTF8') LIKE ?""")
                .params(ack.partnershipId(), ack.version(), "%\"" + ack.entryId() + "\"%")
                .query(Long.class).single() != 1).toList();
    }

    /** Every migration PostgreSQL is given (its own folder and the portable one), in version order. */
    private static List<String> migrationVersions() throws Exception {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        return java.util.stream.Stream.concat(
                        java.util.Arrays.stream(resolver.getResources("classpath*:db/migration/postgresql/V*.sql")),
                        java.util.Arrays.stream(resolver.getResources("classpath*:db/migration/common/V*.sql")))
                .map(resource -> resource.getFilename().substring(1, resource.getFilename().indexOf("__")))
                .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                .toList();
    }
}
