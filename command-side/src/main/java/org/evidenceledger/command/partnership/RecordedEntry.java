package org.evidenceledger.command.partnership;

import java.time.LocalDate;
import org.evidenceledger.events.EntryType;

/** The little the aggregate keeps of each entry: enough to decide retractions and outcome rules. */
record RecordedEntry(EntryType type, LocalDate occurredOn, boolean retracted) {

    RecordedEntry retract() {
        return new RecordedEntry(type, occurredOn, true);
    }

    boolean isActive(EntryType wanted) {
        return type == wanted && !retracted;
    }
}
