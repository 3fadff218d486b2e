package org.evidenceledger.platform.testing;

import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What H2 did to answer a statement: its plan, and the rows it read for it. */
public record H2Plans(String plan) {

    private static final Pattern SCANNED = Pattern.compile("scanCount: (\\d+)");

    /** Runs the statement under EXPLAIN ANALYZE with the given parameters. */
    public static H2Plans of(JdbcClient jdbc, String sql, Object... parameters) {
        return new H2Plans(jdbc.sql("EXPLAIN ANALYZE " + sql).params(parameters).query(String.class).single());
    }

    /** The rows read from the first table the plan names (the one the statement is about). */
    public long rowsReadFromFirstTable() {
        return scanCounts().findFirst().orElseThrow(() -> new IllegalStateException("no scan count in " + plan));
    }

    /** The rows read from every table and part of the statement together. */
    public long rowsRead() {
        return scanCounts().sum();
    }

    private LongStream scanCounts() {
        return SCANNED.matcher(plan).results().mapToLong(scanned -> Long.parseLong(scanned.group(1)));
    }
}
