package org.evidenceledger.command.endtoend;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The event store as an auditor sees it: rows of domain_event_entry, payload and metadata as JSON. */
final class StoredEvents {

    private final JdbcClient jdbc;

    StoredEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
    }

    long count(String partnershipId) {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(partnershipId).query(Long.class).single();
    }

    List<Row> of(String partnershipId) {
        return jdbc.sql("""
                        SELECT sequence_number, payload_type, payload_revision, payload, meta_data
                        FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""")
                .param(partnershipId)
                .query((rs, n) -> new Row(rs.getLong("sequence_number"), rs.getString("payload_type"),
                        rs.getString("payload_revision"), rs.getBytes("payload"), rs.getBytes("meta_data")))
                .list();
    }

    record Row(long sequenceNumber, String payloadType, String payloadRevision, byte[] payloadBytes, byte[] metaDataBytes) {

        String payloadText() {
            return new String(payloadBytes, StandardCharsets.UTF_8);
        }

        JsonNode payload() {
            return LedgerHttp.JSON.readTree(payloadBytes);
        }

        JsonNode metaData() {
            return LedgerHttp.JSON.readTree(metaDataBytes);
        }
    }
}
