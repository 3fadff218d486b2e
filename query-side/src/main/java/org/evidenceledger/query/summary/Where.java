package org.evidenceledger.query.summary;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.evidenceledger.query.time.ReferenceTime;

/** A WHERE clause over partnership_summary s, with its parameters in order. */
public record Where(String sql, List<Object> params) {

    /** The summary versions in force at the reference time, in one slot. */
    public static Where valid(String slot, ReferenceTime at) {
        if (at.isCurrent()) {
            return new Where("s.slot = ? AND s.valid_to IS NULL", List.of(slot));
        }
        Object end = at.recordedBefore().atOffset(ZoneOffset.UTC);
        return new Where("s.slot = ? AND s.valid_from < ? AND (s.valid_to IS NULL OR s.valid_to >= ?)",
                List.of(slot, end, end));
    }

    public Where and(String condition, Object... values) {
        List<Object> all = new ArrayList<>(params);
        Collections.addAll(all, values);
        return new Where(sql + " AND " + condition, List.copyOf(all));
    }
}
