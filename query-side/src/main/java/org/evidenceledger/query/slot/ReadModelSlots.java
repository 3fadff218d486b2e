package org.evidenceledger.query.slot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read models live in two slots, each fed by its own event processor. Queries read the active
 * slot; a replay rebuilds the other one and then makes it active in one update.
 */
@Component
public class ReadModelSlots {

    private static final String READ_MODEL = "partnerships";

    private final JdbcClient jdbc;

    public ReadModelSlots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ReadModelSlot active() {
        return ReadModelSlot.of(jdbc.sql("SELECT active_slot FROM read_model_slot WHERE read_model = ?")
                .param(READ_MODEL)
                .query(String.class)
                .single());
    }

    public void activate(ReadModelSlot slot) {
        jdbc.sql("UPDATE read_model_slot SET active_slot = ? WHERE read_model = ?").params(slot.value(), READ_MODEL)
                .update();
    }
}
