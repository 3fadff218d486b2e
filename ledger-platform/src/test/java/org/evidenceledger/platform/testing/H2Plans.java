package org.evidenceledger.platform.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What H2 did to answer a statement: its plan, and the rows it read for it. */
public record H2Plans(String plan) {

    private static final Pattern SCANNED = Pattern.compile("scanCount: (\\d+)");

    /** Runs the statement under EXPLAIN ANALYZE with the given parameters. */
    public static H2Plans of(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                explain.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = explain.executeQuery()) {
                result.next();
                return new H2Plans(result.getString(1));
            }
        }
    }

    public static H2Plans of(JdbcClient jdbc, String sql, Object... parameters) {
        return new H2Plans(jdbc.sql("EXPLAIN ANALYZE " + sql).params(parameters).query(String.class).single());
    }

    /** The rows read from the first table the plan names (the one the statement is about). */
    public long rowsReadFromFirstTable() {
        Matcher scanned = SCANNED.matcher(plan);
        if (!scanned.find()) {
            throw new IllegalStateException("no scan count in " + plan);
        }
        return Long.parseLong(scanned.group(1));
    }

    /** The rows read from every table and part of the statement together. */
    public long rowsRead() {
        Matcher scanned = SCANNED.matcher(plan);
        long rows = 0;
        while (scanned.find()) {
            rows += Long.parseLong(scanned.group(1));
        }
        return rows;
    }
}
