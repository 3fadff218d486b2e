package org.evidenceledger.query.summary;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.evidenceledger.query.time.ReferenceTime;

/** A WHERE clause over the summary versions s of {@link #from}, with its parameters in order. */
public record Where(String sql, List<Object> params) {

    /** valid_to of the version in force now: later than any recorded time. */
    public static final OffsetDateTime CURRENT = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);

    /** The summary versions a query at the reference time reads, as s: the current ones, or all. */
    public static String from(ReferenceTime at) {
        return at.isCurrent() ? "partnership_current s" : "partnership_version s";
    }

    /**
     * The summary versions in force at the reference time, in one slot: a range on the indexes that
     * start with (slot, valid_to), short for recent dates, an equality for the current ones.
     */
    public static Where valid(ReadModelSlot slot, ReferenceTime at) {
        if (at.isCurrent()) {
            return new Where("s.slot = ? AND s.valid_to = ?", List.of(slot.value(), CURRENT));
        }
        Object end = at.recordedBefore().atOffset(ZoneOffset.UTC);
        return new Where("s.slot = ? AND s.valid_to >= ? AND s.valid_from < ?", List.of(slot.value(), end, end));
    }

    /**
     * An ORDER BY over all the columns of an index, from its first: H2 (2.4) reads an index in order only for
     * such a prefix, even where the leading columns are fixed by the WHERE clause, and otherwise sorts every
     * matching row. PostgreSQL reads the index either way.
     */
    public static String indexOrder(String direction, String... columns) {
        return String.join(", ", java.util.Arrays.stream(columns).map(column -> column + " " + direction).toList());
    }

    /**
     * {@code column < ?}, compared through COALESCE, which no index serves: for the lookups of one partnership,
     * which go through its own key. Given a plain {@code column < ?}, H2 (2.4) took the index that starts with
     * (slot, column) and read every row of every partnership recorded before the instant.
     */
    public static String beforeWithoutItsIndex(String column) {
        return "COALESCE(" + column + ", " + column + ") < ?";
    }

    public Where and(String condition, Object... values) {
        List<Object> all = new ArrayList<>(params);
        Collections.addAll(all, values);
        return new Where(sql + " AND " + condition, List.copyOf(all));
    }
}
