package org.evidenceledger.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A ledger projected before V23 keeps every summary version through it: each partnership's current one moves to
 * partnership_current, the ones it replaced stay, and the view over both answers "as of" as before.
 */
class CurrentSummariesMigrationTest {

    private static final OffsetDateTime CURRENT = OffsetDateTime.parse("9999-12-31T00:00:00Z");

    @Test
    void onH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:current-summaries;DB_CLOSE_DELAY=-1");
        givenVersionsProjectedBeforeV23_whenMigrated_thenEveryVersionReadsBack(h2, "h2");
    }

    @Test
    void onPostgreSql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            givenVersionsProjectedBeforeV23_whenMigrated_thenEveryVersionReadsBack(postgres.getPostgresDatabase(),
                    "postgresql");
        }
    }

    private static void givenVersionsProjectedBeforeV23_whenMigrated_thenEveryVersionReadsBack(DataSource database,
                                                                                                String vendor) {
        flyway(database, vendor).target("22").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        version(jdbc, "long", 0, "2026-03-01T10:00:00Z", "2026-03-05T10:00:00Z", "ANNOUNCED");
        version(jdbc, "long", 1, "2026-03-05T10:00:00Z", "2026-04-01T10:00:00Z", "BENCHMARKED");
        version(jdbc, "long", 2, "2026-04-01T10:00:00Z", null, "CLINICALLY_DEPLOYED");
        version(jdbc, "short", 0, "2026-03-02T10:00:00Z", null, "ANNOUNCED");

        flyway(database, vendor).load().migrate();

        assertThat(jdbc.sql("SELECT partnership_id || ' ' || version || ' ' || stage FROM partnership_current"
                + " ORDER BY partnership_id").query(String.class).list())
                .containsExactly("long 2 CLINICALLY_DEPLOYED", "short 0 ANNOUNCED");
        assertThat(jdbc.sql("SELECT partnership_id || ' ' || version FROM partnership_summary"
                + " ORDER BY partnership_id, version").query(String.class).list())
                .containsExactly("long 0", "long 1");
        assertThat(asOf(jdbc, "2026-03-02T00:00:00Z")).containsExactly("long 0 ANNOUNCED");
        assertThat(asOf(jdbc, "2026-03-10T00:00:00Z")).containsExactly("long 1 BENCHMARKED", "short 0 ANNOUNCED");
        assertThat(asOf(jdbc, "2026-12-01T00:00:00Z")).containsExactly("long 2 CLINICALLY_DEPLOYED", "short 0 ANNOUNCED");
    }


    private static FluentConfiguration flyway(DataSource database, String vendor) {
        return Flyway.configure().dataSource(database)
                .locations("classpath:db/migration/" + vendor, "classpath:db/migration/common");
    }

    private static List<String> asOf(JdbcClient jdbc, String end) {
        OffsetDateTime instant = OffsetDateTime.parse(end);
        return jdbc.sql("SELECT partnership_id || ' ' || version || ' ' || stage FROM partnership_version"
                        + " WHERE slot = 'a' AND valid_to >= ? AND valid_from < ? ORDER BY partnership_id")
                .params(instant, instant)
                .query(String.class)
                .list();
    }

    private static void version(JdbcClient jdbc, String id, long version, String from, String to, String stage) {
        jdbc.sql("""
                        INSERT INTO partnership_summary (slot, partnership_id, version, valid_from, valid_to, title,
                            title_key, parties, announced_on, stage, concluded, benchmarks, independent_validations,
                            clinical_deployments, outcome_reports)
                        VALUES ('a', ?, ?, ?, ?, 'Title', 'title', '[]', DATE '2026-03-01', ?, FALSE, 0, 0, 0, 0)""")
                .params(id, version, OffsetDateTime.parse(from), to == null ? CURRENT : OffsetDateTime.parse(to), stage)
                .update();
    }
}
