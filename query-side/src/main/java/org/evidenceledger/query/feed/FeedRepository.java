package org.evidenceledger.query.feed;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.query.organizations.PartyRepository;
import org.evidenceledger.query.summary.Where;
import org.evidenceledger.query.time.ReferenceTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The most recently recorded timeline entries, newest first, on the recorded-time index. */
@Repository
class FeedRepository {

    private final JdbcClient jdbc;

    FeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FeedEntry> latest(String slot, String partnershipId, String party, ReferenceTime at, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT t.partnership_id, s.title, t.entry_id, t.entry_type, t.occurred_on, t.recorded_at, t.recorded_by,
                       t.source_url, t.details
                FROM timeline_entry t
                JOIN partnership_summary s ON s.slot = t.slot AND s.partnership_id = t.partnership_id AND s.version = 0
                WHERE t.slot = ?""");
        List<Object> params = new ArrayList<>(List.of(slot));
        if (!at.isCurrent()) {
            sql.append(" AND t.recorded_at < ?");
            params.add(at.recordedBefore().atOffset(ZoneOffset.UTC));
        }
        if (partnershipId != null) {
            sql.append(" AND t.partnership_id = ?");
            params.add(partnershipId);
        }
        if (party != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM partnership_party p WHERE p.slot = t.slot"
                    + " AND p.partnership_id = t.partnership_id AND p.name_key = ?)");
            params.add(PartyRepository.key(party));
        }
        sql.append(" ORDER BY " + Where.indexOrder("DESC", "t.slot", "t.recorded_at", "t.sequence_number") + " LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new FeedEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        EntryType.valueOf(rs.getString(4)), rs.getObject(5, java.time.LocalDate.class),
                        rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7), rs.getString(8),
                        rs.getString(9)))
                .list();
    }
}
