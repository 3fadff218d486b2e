package org.evidenceledger.query.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.events.Source;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.evidenceledger.query.summary.Where;
import org.evidenceledger.query.time.ReferenceTime;
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

    public void insert(ReadModelSlot slot, TimelineRow row) {
        Source source = row.source();
        jdbc.sql("INSERT INTO timeline_entry (slot, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(slot.value(), row.partnershipId(), row.entryId(), row.sequenceNumber(), row.type().name(),
                        row.occurredOn(), row.targetDate(), utc(row.recordedAt()), row.recordedBy(),
                        source == null ? null : source.url(), source == null ? null : source.publisher(),
                        source == null ? null : source.title(), row.details(), null, null, null)
                .update();
    }

    public void markRetracted(ReadModelSlot slot, String partnershipId, String entryId, Instant retractedAt,
                              String retractionEntryId, String reason) {
        jdbc.sql("""
                        UPDATE timeline_entry SET retracted_at = ?, retraction_entry = ?, retraction_reason = ?
                        WHERE slot = ? AND partnership_id = ? AND entry_id = ?""")
                .params(utc(retractedAt), retractionEntryId, reason, slot.value(), partnershipId, entryId)
                .update();
    }

    /** The timeline in order of occurredOn, then recordedAt; up to an exclusive recorded instant if given. */
    public List<TimelineRow> find(ReadModelSlot slot, String partnershipId, Instant recordedBefore) {
        JdbcClient.StatementSpec statement = jdbc.sql(entriesOf(recordedBefore != null))
                .params(slot.value(), partnershipId);
        if (recordedBefore != null) {
            statement = statement.param(utc(recordedBefore));
        }
        return statement.query(TimelineRepository::row).list();
    }

    /**
     * A partnership's entries, read along the index on (slot, partnership, occurred_on, ...), not the feed's on
     * (slot, recorded_at).
     */
    static String entriesOf(boolean recordedBefore) {
        return "SELECT " + COLUMNS + " FROM timeline_entry WHERE slot = ? AND partnership_id = ?"
                + (recordedBefore ? " AND " + Where.beforeWithoutItsIndex("recorded_at") : "")
                + " ORDER BY occurred_on, recorded_at, sequence_number";
    }

    /** Every event is one timeline entry, so the entries of a slot count the events it has applied. */
    public long count(ReadModelSlot slot) {
        return jdbc.sql("SELECT COUNT(*) FROM timeline_entry WHERE slot = ?").param(slot.value()).query(Long.class)
                .single();
    }

    /**
     * The most recently recorded entries, newest first, on the recorded-time index; of one partnership, or of
     * the partnerships of one organization (by its name key), if given.
     */
    public List<RecordedEntry> latest(ReadModelSlot slot, String partnershipId, String partyKey, ReferenceTime at,
                                      int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT t.partnership_id, s.title, t.entry_id, t.entry_type, t.occurred_on, t.recorded_at, t.recorded_by,
                       t.source_url, t.details
                FROM timeline_entry t
                JOIN partnership_current s ON s.slot = t.slot AND s.partnership_id = t.partnership_id
                WHERE t.slot = ?""");
        List<Object> params = new ArrayList<>(List.of(slot.value()));
        if (!at.isCurrent()) {
            sql.append(" AND t.recorded_at < ?");
            params.add(utc(at.recordedBefore()));
        }
        if (partnershipId != null) {
            sql.append(" AND t.partnership_id = ?");
            params.add(partnershipId);
        }
        if (partyKey != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM partnership_party p WHERE p.slot = t.slot"
                    + " AND p.partnership_id = t.partnership_id AND p.name_key = ?)");
            params.add(partyKey);
        }
        sql.append(" ORDER BY " + Where.indexOrder("DESC", "t.slot", "t.recorded_at", "t.sequence_number") + " LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new RecordedEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        EntryType.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7), rs.getString(8),
                        rs.getString(9)))
                .list();
    }

    public void deleteSlot(ReadModelSlot slot) {
        jdbc.sql("DELETE FROM timeline_entry WHERE slot = ?").param(slot.value()).update();
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
