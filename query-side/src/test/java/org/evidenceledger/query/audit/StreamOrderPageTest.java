package org.evidenceledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.evidenceledger.platform.testing.H2Plans;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Verification reads the ledger stream by stream, a page at a time. Each page must read about a page of events,
 * wherever it starts: 10,000 events, 10 a stream, on the ledger's own H2 schema.
 */
class StreamOrderPageTest {

    private static final String URL = "jdbc:h2:mem:stream-order;DB_CLOSE_DELAY=-1";
    private static final int EVENTS = 10_000;
    private static final JdbcClient JDBC = JdbcClient.create(new DriverManagerDataSource(URL, "sa", ""));

    @BeforeAll
    static void recordEvents() throws Exception {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration/h2", "classpath:db/migration/common")
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload)
                    SELECT 'event-' || X, 'stream-' || LPAD(CAST((X - 1) / 10 AS VARCHAR), 5, '0'), MOD(X - 1, 10),
                        'Partnership', '2026-12-07T00:00:00Z', 'PartnershipAnnounced', STRINGTOUTF8('{}')
                    FROM SYSTEM_RANGE(1, %d)""".formatted(EVENTS));
        }
    }

    @Test
    void everyEventOnceInStreamOrder() {
        List<String> seen = new ArrayList<>();
        new EventStoreReader(JDBC)
                .forEachInStreamOrder(event -> seen.add(event.aggregateIdentifier() + "/" + event.sequenceNumber()));
        assertThat(seen).hasSize(EVENTS).doesNotHaveDuplicates().isSorted();
    }

    /** Near the end of the ledger, in the middle of a stream: the page still reads about a page, not everything before it. */
    @Test
    void aPageNearTheEndReadsAboutAPage() {
        H2Plans plan = H2Plans.of(JDBC, EventStoreReader.STREAM_ORDER_PAGE, "stream-00900", "stream-00900", 4L);
        assertThat(plan.rowsReadFromFirstTable()).as(plan.plan()).isLessThanOrEqualTo(2L * EventStoreReader.PAGE);
    }
}
