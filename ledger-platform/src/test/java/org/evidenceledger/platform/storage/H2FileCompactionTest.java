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
        LedgerFile file = LedgerFile.create("compaction", Duration.ofMillis(1));
        try (Connection writer = file.dataSource().getConnection()) {
            leaveSparseChunks(writer);
            H2FileCompaction compaction = file.compaction();
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

    /**
     * Measured after a benchmark: a 525 MB file whose chunks were 31% live stayed 517 MB, because the last chunk
     * but a few held 4.3 MB and a step moved at most 4 MB, so that chunk never moved and the file could not be
     * truncated below it. Here one commit writes a chunk of about 8 MB behind 20 MB of rows deleted later, and
     * the file must come down to about that chunk (8 MB; 29.6 MB when the chunk does not move, 150 MB when the
     * deleted rows' chunks are freed only after the retention time).
     */
    @Test
    void aChunkLargerThanAStepDoesNotKeepTheFileFromShrinking() throws Exception {
        LedgerFile file = LedgerFile.create("compaction-large-chunk", Duration.ofSeconds(1));
        try (Connection writer = file.dataSource().getConnection()) {
            try (Statement statement = writer.createStatement()) {
                statement.execute("CREATE TABLE entry (id INT PRIMARY KEY, body VARCHAR(2000))");
            }
            insert(writer, 0, 10_000, 100);
            insert(writer, 10_000, 4_000, 4_000);
            try (Statement statement = writer.createStatement()) {
                statement.executeUpdate("DELETE FROM entry WHERE id < 10000");
            }
            H2FileCompaction compaction = file.compaction();
            long before = compaction.compactNow();
            long after = before;
            for (int round = 0; round < 20; round++) {
                // the service commits all the time (claims, the ledger's log): what a rewrite marked is written then
                try (Statement statement = writer.createStatement()) {
                    statement.executeUpdate("MERGE INTO entry (id, body) VALUES (-1, 'round " + round + "')");
                }
                after = compaction.compactNow();
            }

            assertThat(after).as("file size after compacting; %d bytes after the first round", before)
                    .isLessThan(12L << 20);
        }
    }

    /** An H2 file as the embedded default opens it, and its compaction every {@code interval}, 2 s at most. */
    private record LedgerFile(JdbcDataSource dataSource, H2FileCompaction compaction) {

        static LedgerFile create(String name, Duration interval) {
            Path directory = TestDataDirectories.create(name);
            String url = "jdbc:h2:file:" + directory.resolve("ledger") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL(url);
            return new LedgerFile(dataSource, new H2FileCompaction(dataSource,
                    new FreeSpaceGuard(directory, DataSize.ofBytes(0), url), interval, Duration.ofSeconds(2)));
        }
    }

    /** Rows of 2 KB from {@code first}, a commit every {@code perCommit} rows. */
    private static void insert(Connection connection, int first, int count, int perCommit) throws Exception {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entry (id, body) VALUES (?, ?)")) {
            for (int i = first; i < first + count; i++) {
                insert.setInt(1, i);
                insert.setString(2, "x".repeat(2000 - 6) + String.format("%06d", i % 1_000_000));
                insert.executeUpdate();
                if ((i - first + 1) % perCommit == 0) {
                    connection.commit();
                }
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
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
