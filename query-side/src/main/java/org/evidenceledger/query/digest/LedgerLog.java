package org.evidenceledger.query.digest;

import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The log's tables: one row per admitted event, and the subtree roots above them. */
@Repository
public class LedgerLog implements SubtreeRoots {

    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;

    public LedgerLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long size() {
        return jdbc.sql("SELECT COALESCE(MAX(leaf_index) + 1, 0) FROM ledger_leaf").query(Long.class).single();
    }

    public boolean admitted(String eventIdentifier) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_leaf WHERE event_identifier = ?")
                .param(eventIdentifier).query(Long.class).single() > 0;
    }

    /**
     * Gives the event the next leaf index. The caller holds the log's only segment claim, so nobody
     * else appends meanwhile; a writer that lost its claim fails on the primary key and rolls back.
     */
    public long admit(String eventIdentifier, String aggregateIdentifier, long sequenceNumber, String hash) {
        byte[] leafInput = HEX.parseHex(hash);
        if (leafInput.length != 32) {
            throw new IllegalArgumentException("event " + eventIdentifier + " carries a hash of " + leafInput.length + " bytes");
        }
        long leafIndex = size();
        jdbc.sql("INSERT INTO ledger_leaf (leaf_index, event_identifier, aggregate_identifier, sequence_number, hash)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(leafIndex, eventIdentifier, aggregateIdentifier, sequenceNumber, hash)
                .update();
        append(leafIndex, leafInput);
        return leafIndex;
    }

    /** The first leaf of the stream's event at that sequence number. */
    public Optional<Long> leafIndexOf(String aggregateIdentifier, long sequenceNumber) {
        return jdbc.sql("SELECT MIN(leaf_index) FROM ledger_leaf WHERE aggregate_identifier = ? AND sequence_number = ?")
                .params(aggregateIdentifier, sequenceNumber)
                .query(Long.class)
                .optional();
    }

    @Override
    public byte[] node(int level, long index) {
        String hash = jdbc.sql("SELECT hash FROM ledger_node WHERE level = ? AND node_index = ?")
                .params(level, index).query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("the log lacks node " + level + "/" + index));
        return HEX.parseHex(hash);
    }

    @Override
    public void store(int level, long index, byte[] hash) {
        jdbc.sql("INSERT INTO ledger_node (level, node_index, hash) VALUES (?, ?, ?)")
                .params(level, index, HEX.formatHex(hash)).update();
    }
}
