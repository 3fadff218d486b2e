package org.evidenceledger.query.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

/** H2's plan of a statement as it ran ({@code EXPLAIN ANALYZE}), which says how many rows it scanned. */
public final class ScannedRows {

    private ScannedRows() {
    }

    public static String plan(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql("EXPLAIN ANALYZE " + sql).params(params).query(String.class).single();
    }
}
