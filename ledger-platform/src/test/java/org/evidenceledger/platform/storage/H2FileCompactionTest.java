package org.evidenceledger.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Stopping the compaction (the first thing a SIGTERM stopped) must leave H2's store open: a compacting
 * thread interrupted before its next write closes the file channel, and with it the store, under every
 * command still in flight.
 */
class H2FileCompactionTest {

    @Test
    void stoppingWhileItCompactsLeavesTheStoreOpenForTheRequestsStillRunning() throws Exception {
        Path directory = TestDataDirectories.create("compaction");
        String url = "jdbc:h2:file:" + directory.resolve("ledger") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        try (Connection writer = dataSource.getConnection()) {
            leaveSparseChunks(writer);
            H2FileCompaction compaction = new H2FileCompaction(dataSource,
                    new FreeSpaceGuard(directory, DataSize.ofBytes(0), url), Duration.ofMillis(1), Duration.ofSeconds(2));
            compaction.start();
            Thread.sleep(100);
            compaction.stop();

            try (Statement statement = writer.createStatement()) {
                statement.executeUpdate("INSERT INTO entry (id, body) VALUES (-1, 'after the stop')");
                try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM entry WHERE id = -1")) {
                    count.next();
                    assertThat(count.getInt(1)).isEqualTo(1);
                }
            }
        }
    }

    /** One chunk per commit (WRITE_DELAY=0), then most rows deleted: plenty for compaction to rewrite. */
    private static void leaveSparseChunks(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE entry (id INT PRIMARY KEY, body VARCHAR(2000))");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entry (id, body) VALUES (?, ?)")) {
            for (int i = 0; i < 20_000; i++) {
                insert.setInt(1, i);
                insert.setString(2, "x".repeat(1000) + i);
                insert.executeUpdate();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM entry WHERE MOD(id, 10) <> 0");
        }
    }
}
