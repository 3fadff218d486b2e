package org.evidenceledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.evidenceledger.platform.testing.H2Plans;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The events after a token with gaps, read from the ledger's own H2 schema. */
class GapsReadByIndexTest {

    private static final int EVENTS = 5_000;
    private static final long TOKEN_INDEX = 4_000;
    private static final int BATCH = 100;
    private static final List<Long> GAPS = List.of(17L, 2_500L, 3_999L);
    private static final EventSchema SCHEMA = AxonStorageConfiguration.eventSchema();
    private static final JdbcDataSource DATABASE = new JdbcDataSource();

    @BeforeAll
    static void recordEvents() throws SQLException {
        DATABASE.setURL("jdbc:h2:mem:gaps;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(DATABASE)
                .locations("classpath:db/migration/h2", "classpath:db/migration/common")
                .load().migrate();
        try (Connection connection = DATABASE.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                         time_stamp, payload_type, payload) VALUES (?, ?, ?, 'Partnership', '2026-12-07T00:00:00Z',
                         'PartnershipAnnounced', ?)""")) {
            for (int i = 1; i <= EVENTS; i++) {
                insert.setString(1, "event-" + i);
                insert.setString(2, "partnership-" + i);
                insert.setLong(3, 0);
                insert.setBytes(4, "{}".getBytes());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Test
    void readsTheSameEventsInTheSameOrderAsAxonsOwnStatement() throws SQLException {
        try (Connection connection = DATABASE.getConnection()) {
            List<Long> ours = indexes(new GapsReadByIndex().build(connection, SCHEMA, TOKEN_INDEX, BATCH, GAPS));
            List<Long> axons = indexes(JdbcEventStorageEngineStatements.readEventDataWithGaps(connection, SCHEMA,
                    TOKEN_INDEX, BATCH, GAPS));

            assertThat(ours).hasSize(GAPS.size() + BATCH).isEqualTo(axons);
            assertThat(ours.subList(0, GAPS.size())).isEqualTo(GAPS);
        }
    }

    /** Axon's single condition with OR made H2 read all 5,000 events; each part here reads only its own. */
    @Test
    void readsOnlyTheBatchAndTheGapsNotTheWholeEventTable() throws SQLException {
        List<Object> parameters = new ArrayList<>(List.of(TOKEN_INDEX, TOKEN_INDEX + BATCH));
        parameters.addAll(GAPS);
        H2Plans plan = H2Plans.of(JdbcClient.create(DATABASE), GapsReadByIndex.sql(SCHEMA, GAPS.size()),
                parameters.toArray());
        assertThat(plan.rowsRead()).as(plan.plan()).isPositive().isLessThanOrEqualTo(2 * (BATCH + GAPS.size()));
    }

    private static List<Long> indexes(PreparedStatement statement) throws SQLException {
        List<Long> indexes = new ArrayList<>();
        try (statement; ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                indexes.add(rows.getLong("global_index"));
            }
        }
        return indexes;
    }
}
