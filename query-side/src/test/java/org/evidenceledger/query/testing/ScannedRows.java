package org.evidenceledger.query.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** H2's plan of a statement as it ran ({@code EXPLAIN ANALYZE}), which says how many rows it scanned. */
public final class ScannedRows {

    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+) ");

    private ScannedRows() {
    }

    public static String plan(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql("EXPLAIN ANALYZE " + sql).params(params).query(String.class).single();
    }

    /** The rows a plan says its one table scan read. */
    public static int count(String plan) {
        Matcher scanCount = SCAN_COUNT.matcher(plan);
        if (!scanCount.find()) {
            throw new IllegalArgumentException("no scanCount in " + plan);
        }
        return Integer.parseInt(scanCount.group(1));
    }
}
