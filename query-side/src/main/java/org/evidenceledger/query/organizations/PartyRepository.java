package org.evidenceledger.query.organizations;

import java.util.List;
import java.util.Locale;
import org.evidenceledger.events.Party;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organizations of each partnership, matched case-insensitively by name. */
@Repository
public class PartyRepository {

    private final JdbcClient jdbc;

    public PartyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ReadModelSlot slot, String partnershipId, List<Party> parties) {
        for (int position = 0; position < parties.size(); position++) {
            Party party = parties.get(position);
            jdbc.sql("""
                            INSERT INTO partnership_party (slot, partnership_id, position, name, name_key, role)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(slot.value(), partnershipId, position, party.name(), key(party.name()), party.role().name())
                    .update();
        }
    }

    public void deleteSlot(ReadModelSlot slot) {
        jdbc.sql("DELETE FROM partnership_party WHERE slot = ?").param(slot.value()).update();
    }

    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
