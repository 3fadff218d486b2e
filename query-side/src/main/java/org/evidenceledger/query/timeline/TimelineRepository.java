package org.evidenceledger.query.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.events.Source;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TimelineRepository {

    private static final String COLUMNS = """
            partnership_id, entry_id, sequence_number, entry_type, occurred_on, target_date, recorded_at,
            recorded_by, source_url, source_publisher, source_title, details, retracted_at, retraction_entry,
            retraction_reason""";

    private final JdbcClient jdbc;

    public TimelineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String slot, TimelineRow row) {
        Source source = row.source();
        jdbc.sql("INSERT INTO timeline_entry (slot, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(slot, row.partnershipId(), row.entryId(), row.sequenceNumber(), row.type().name(),
                        row.occurredOn(), row.targetDate(), utc(row.recordedAt()), row.recordedBy(),
                        source == null ? null : source.url(), source == null ? null : source.publisher(),
                        source == null ? null : source.title(), row.details(), null, null, null)
                .update();
    }

    public void markRetracted(String slot, String partnershipId, String entryId, Instant retractedAt,
                              String retractionEntryId, String reason) {
        jdbc.sql("""
                        UPDATE timeline_entry SET retracted_at = ?, retraction_entry = ?, retraction_reason = ?
                        WHERE slot = ? AND partnership_id = ? AND entry_id = ?""")
                .params(utc(retractedAt), retractionEntryId, reason, slot, partnershipId, entryId)
                .update();
    }

    /** The timeline in order of occurredOn, then recordedAt; up to an exclusive recorded instant if given. */
    public List<TimelineRow> find(String slot, String partnershipId, Instant recordedBefore) {
        String sql = "SELECT " + COLUMNS + " FROM timeline_entry WHERE slot = ? AND partnership_id = ?"
                + (recordedBefore == null ? "" : " AND recorded_at < ?")
                + " ORDER BY occurred_on, recorded_at, sequence_number";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).params(slot, partnershipId);
        if (recordedBefore != null) {
            statement = statement.param(utc(recordedBefore));
        }
        return statement.query(TimelineRepository::row).list();
    }

    public void deleteSlot(String slot) {
        jdbc.sql("DELETE FROM timeline_entry WHERE slot = ?").param(slot).update();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static TimelineRow row(ResultSet rs, int rowNum) throws SQLException {
        String url = rs.getString("source_url");
        Source source = url == null ? null
                : new Source(url, rs.getString("source_publisher"), rs.getString("source_title"));
        return new TimelineRow(rs.getString("partnership_id"), rs.getString("entry_id"), rs.getLong("sequence_number"),
                EntryType.valueOf(rs.getString("entry_type")), rs.getObject("occurred_on", LocalDate.class),
                rs.getObject("target_date", LocalDate.class), instant(rs, "recorded_at"),
                rs.getString("recorded_by"), source, rs.getString("details"), instant(rs, "retracted_at"),
                rs.getString("retraction_entry"), rs.getString("retraction_reason"));
    }
}
