package org.evidenceledger.query.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the event store's rows as stored, bypassing Axon's deserialization and upcasting, in pages
 * of a fixed size so that memory stays constant whatever the size of the store.
 */
@Repository
public class EventStoreReader {

    static final int PAGE = 500;
    private static final String COLUMNS = """
            global_index, event_identifier, aggregate_identifier, sequence_number, time_stamp, payload_type,
            payload_revision, payload, meta_data""";

    private final JdbcClient jdbc;

    public EventStoreReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StoredEvent> stream(String aggregateIdentifier) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number")
                .param(aggregateIdentifier)
                .query(EventStoreReader::row)
                .list();
    }

    /** Every event in global order. */
    public void forEachInGlobalOrder(Consumer<StoredEvent> action) {
        long after = -1;
        while (true) {
            List<StoredEvent> page = jdbc.sql("SELECT " + COLUMNS + " FROM domain_event_entry WHERE global_index > ?"
                            + " ORDER BY global_index LIMIT " + PAGE)
                    .param(after)
                    .query(EventStoreReader::row)
                    .list();
            page.forEach(action);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).globalIndex();
        }
    }

    /** Every event, stream by stream, each stream in sequence order. */
    public void forEachInStreamOrder(Consumer<StoredEvent> action) {
        String aggregate = "";
        long sequence = -1;
        while (true) {
            List<StoredEvent> page = jdbc.sql("SELECT " + COLUMNS + " FROM domain_event_entry"
                            + " WHERE aggregate_identifier > ? OR (aggregate_identifier = ? AND sequence_number > ?)"
                            + " ORDER BY aggregate_identifier, sequence_number LIMIT " + PAGE)
                    .params(aggregate, aggregate, sequence)
                    .query(EventStoreReader::row)
                    .list();
            page.forEach(action);
            if (page.size() < PAGE) {
                return;
            }
            StoredEvent last = page.get(page.size() - 1);
            aggregate = last.aggregateIdentifier();
            sequence = last.sequenceNumber();
        }
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
    }

    private static StoredEvent row(ResultSet rs, int rowNum) throws SQLException {
        return new StoredEvent(rs.getLong("global_index"), rs.getString("event_identifier"),
                rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), rs.getString("time_stamp"),
                rs.getString("payload_type"), rs.getString("payload_revision"), rs.getBytes("payload"),
                rs.getBytes("meta_data"));
    }
}
