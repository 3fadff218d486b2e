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
            e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, e.time_stamp, e.payload_type,
            e.payload_revision, e.payload, e.meta_data, l.leaf_index, l.hash AS leaf_hash""";
    /** Each event with its leaf in the ledger's log, if admitted. */
    private static final String EVENTS = " FROM domain_event_entry e LEFT JOIN ledger_leaf l ON l.event_identifier = e.event_identifier";

    /**
     * The page after (stream, sequence number), in stream order. The first condition is the one an index can start
     * from: with only "after this stream, or in it after this number", H2 read every event before the page again
     * for each page, and verifying the whole ledger cost the square of its size.
     */
    static final String STREAM_ORDER_PAGE = "SELECT " + COLUMNS + EVENTS
            + " WHERE e.aggregate_identifier >= ? AND (e.aggregate_identifier > ? OR e.sequence_number > ?)"
            + " ORDER BY e.aggregate_identifier, e.sequence_number LIMIT " + PAGE;

    private final JdbcClient jdbc;

    public EventStoreReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StoredEvent> stream(String aggregateIdentifier) {
        return jdbc.sql("SELECT " + COLUMNS + EVENTS + " WHERE e.aggregate_identifier = ? ORDER BY e.sequence_number")
                .param(aggregateIdentifier)
                .query(EventStoreReader::row)
                .list();
    }

    /**
     * Every event in the order of the ledger's log: the admitted ones by leaf index, then those not
     * admitted yet in global order. An event the log admits while this reads is in the second part: it has a
     * leaf beyond the last one read (leaves are admitted in order), and asking only for events without a leaf
     * would leave it out of both.
     */
    public void forEachInLeafOrder(Consumer<StoredEvent> action) {
        long after = -1;
        while (true) {
            List<StoredEvent> page = jdbc.sql("SELECT " + COLUMNS + " FROM ledger_leaf l JOIN domain_event_entry e"
                            + " ON e.event_identifier = l.event_identifier WHERE l.leaf_index > ?"
                            + " ORDER BY l.leaf_index LIMIT " + PAGE)
                    .param(after)
                    .query(EventStoreReader::row)
                    .list();
            page.forEach(action);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).leafIndex();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        long afterGlobal = -1;
        while (true) {
            List<StoredEvent> page = jdbc.sql("SELECT " + COLUMNS + EVENTS
                            + " WHERE (l.leaf_index IS NULL OR l.leaf_index > ?) AND e.global_index > ?"
                            + " ORDER BY e.global_index LIMIT " + PAGE)
                    .params(after, afterGlobal)
                    .query(EventStoreReader::row)
                    .list();
            page.forEach(action);
            if (page.size() < PAGE) {
                return;
            }
            afterGlobal = page.get(page.size() - 1).globalIndex();
        }
    }

    /** Every event, stream by stream, each stream in sequence order. */
    public void forEachInStreamOrder(Consumer<StoredEvent> action) {
        String aggregate = "";
        long sequence = -1;
        while (true) {
            List<StoredEvent> page = jdbc.sql(STREAM_ORDER_PAGE)
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
                rs.getBytes("meta_data"), rs.getObject("leaf_index", Long.class), rs.getString("leaf_hash"));
    }
}
