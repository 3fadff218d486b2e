package org.evidenceledger.query.deadletter;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads what the projections parked, for health and for auditors. */
@Repository
public class DeadLetterRepository {

    private final JdbcClient jdbc;

    public DeadLetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM " + ProjectionDeadLetters.TABLE).query(Long.class).single();
    }

    public long count(String processingGroup) {
        return jdbc.sql("SELECT COUNT(*) FROM " + ProjectionDeadLetters.TABLE + " WHERE processing_group = ?")
                .param(processingGroup).query(Long.class).single();
    }

    public List<ParkedEvent> list() {
        return jdbc.sql("SELECT processing_group, aggregate_identifier, sequence_number, payload_type, cause_type,"
                        + " cause_message, enqueued_at FROM " + ProjectionDeadLetters.TABLE
                        + " ORDER BY processing_group, aggregate_identifier, sequence_index")
                .query((rs, row) -> new ParkedEvent(rs.getString(1), rs.getString(2), rs.getLong(3),
                        simpleName(rs.getString(4)), simpleName(rs.getString(5)), rs.getString(6), rs.getString(7)))
                .list();
    }

    private static String simpleName(String className) {
        return className == null ? null : className.substring(className.lastIndexOf('.') + 1);
    }
}
