package org.evidenceledger.query.organizations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.evidenceledger.events.Party;
import org.evidenceledger.query.summary.Where;
import org.evidenceledger.query.time.ReferenceTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organizations of each partnership, matched case-insensitively by name. */
@Repository
public class PartyRepository {

    private final JdbcClient jdbc;

    public PartyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String slot, String partnershipId, List<Party> parties) {
        for (int position = 0; position < parties.size(); position++) {
            Party party = parties.get(position);
            jdbc.sql("""
                            INSERT INTO partnership_party (slot, partnership_id, position, name, name_key, role)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(slot, partnershipId, position, party.name(), key(party.name()), party.role().name())
                    .update();
        }
    }

    /** One row per organization and partnership in force at the reference time. */
    public List<PartyRow> parties(String slot, ReferenceTime at) {
        Where where = Where.valid(slot, at);
        return jdbc.sql("""
                        SELECT DISTINCT p.name_key, p.name, s.partnership_id, s.announced_on, s.outcome_reports
                        FROM partnership_party p
                        JOIN partnership_summary s ON s.slot = p.slot AND s.partnership_id = p.partnership_id
                        WHERE """ + " " + where.sql() + " ORDER BY p.name_key, s.partnership_id")
                .params(where.params())
                .query((rs, n) -> new PartyRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getInt(5) > 0))
                .list();
    }

    public void deleteSlot(String slot) {
        jdbc.sql("DELETE FROM partnership_party WHERE slot = ?").param(slot).update();
    }

    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
