package org.evidenceledger.query.lineage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.evidenceledger.events.PartnershipId;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.evidenceledger.query.time.ReferenceTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The buildsOn links between partnerships, both ways, as recorded by a reference time. */
@Repository
public class LinkRepository {

    private final JdbcClient jdbc;

    public LinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ReadModelSlot slot, String partnershipId, List<PartnershipId> buildsOn, Instant recordedAt) {
        for (PartnershipId earlier : buildsOn) {
            jdbc.sql("INSERT INTO partnership_link (slot, partnership_id, builds_on, recorded_at) VALUES (?, ?, ?, ?)")
                    .params(slot.value(), partnershipId, earlier.value(), recordedAt.atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    /** The partnerships this one names in buildsOn. */
    public List<String> buildsOn(ReadModelSlot slot, String partnershipId, ReferenceTime at) {
        return linked("SELECT builds_on FROM partnership_link WHERE slot = ? AND partnership_id = ?", slot,
                partnershipId, at);
    }

    /** The partnerships that name this one in their buildsOn. */
    public List<String> builtOnBy(ReadModelSlot slot, String partnershipId, ReferenceTime at) {
        return linked("SELECT partnership_id FROM partnership_link WHERE slot = ? AND builds_on = ?", slot,
                partnershipId, at);
    }

    public void deleteSlot(ReadModelSlot slot) {
        jdbc.sql("DELETE FROM partnership_link WHERE slot = ?").param(slot.value()).update();
    }

    private List<String> linked(String select, ReadModelSlot slot, String partnershipId, ReferenceTime at) {
        JdbcClient.StatementSpec statement = jdbc.sql(select + (at.isCurrent() ? "" : " AND recorded_at < ?")
                + " ORDER BY 1").params(slot.value(), partnershipId);
        if (!at.isCurrent()) {
            statement = statement.param(at.recordedBefore().atOffset(ZoneOffset.UTC));
        }
        return statement.query(String.class).list();
    }
}
