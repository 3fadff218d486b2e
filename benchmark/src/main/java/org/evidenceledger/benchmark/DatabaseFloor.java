package org.evidenceledger.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;

/**
 * The raw durable floor of a database: what it does per command with the service's own settings and
 * schema (its Flyway migrations), and no service around it. Each client owns its streams and, per
 * command, loads at most 20 events of one, appends the next and commits.
 */
final class DatabaseFloor {

    static final int RUNS = 3;
    private static final int STREAMS_PER_CLIENT = 25;
    private static final byte[] PAYLOAD = ("{\"partnershipId\":\"p\",\"entryId\":\"benchmark-1\",\"metric\":\"diagnostic accuracy\","
            + "\"value\":0.91,\"unit\":\"AUROC\",\"publishedOn\":\"2026-07-01\",\"source\":{\"url\":\"https://example.org/paper\","
            + "\"publisher\":\"journal\",\"title\":null},\"dataset\":null,\"comparator\":null,\"independent\":false,"
            + "\"peerReviewed\":false,\"sampleSize\":null,\"measure\":null}").getBytes();
    private static final byte[] META = ("{\"recordedBy\":\"bench\",\"recordedAt\":\"2026-11-24T12:00:00Z\",\"correlationId\":\""
            + UUID.randomUUID() + "\",\"hash\":\"" + "0".repeat(64) + "\",\"previousHash\":\"" + "0".repeat(64) + "\"}").getBytes();

    private DatabaseFloor() {
    }

    /** The service's default database URL (ledger-defaults.properties) for a data directory. */
    static String serviceUrl(Path dataDir) throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = DatabaseFloor.class.getResourceAsStream("/ledger-defaults.properties")) {
            defaults.load(in);
        }
        return defaults.getProperty("spring.datasource.url").replace("${ledger.data-dir}", dataDir.toString());
    }

    /** The embedded default's floor: H2 with the service's URL settings (WRITE_DELAY=0) in a fresh directory. */
    static Floor h2(Path dataDir, int clients, Duration duration) throws Exception {
        return floor(serviceUrl(dataDir), "sa", "", "h2", clients, duration);
    }

    /** PostgreSQL's floor on the database the service will use (the benchmark's own server, fsync on). */
    static Floor postgres(String url, String user, String password, int clients, Duration duration) throws Exception {
        return floor(url, user, password, "postgresql", clients, duration);
    }

    /** {@link #RUNS} runs of the load one after the other, in the same database, each on streams of its own. */
    private static Floor floor(String url, String user, String password, String vendor, int clients,
                               Duration duration) throws Exception {
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration/" + vendor, "classpath:db/migration/common").load().migrate();
        List<Double> runs = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            runs.add(commandsPerSecond(url, user, password, run, clients, duration));
        }
        return new Floor(runs);
    }

    private static double commandsPerSecond(String url, String user, String password, int run, int clients,
                                            Duration duration) throws Exception {
        AtomicLong commands = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int owner = client;
            Thread thread = new Thread(() -> run(url, user, password, run + "-" + owner, end, commands), "floor-" + client);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return commands.get() / (duration.toNanos() / 1e9);
    }

    private static void run(String url, String user, String password, String owner, long end, AtomicLong commands) {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            long[] next = new long[STREAMS_PER_CLIENT];
            for (long i = 0; System.nanoTime() < end; i++) {
                int stream = (int) (i % STREAMS_PER_CLIENT);
                String aggregate = "floor-" + owner + "-" + stream;
                load(connection, aggregate, Math.max(0, next[stream] - 20));
                append(connection, aggregate, next[stream]++);
                connection.commit();
                commands.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void load(Connection connection, String aggregate, long from) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT payload, meta_data FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number >= ? ORDER BY sequence_number")) {
            select.setString(1, aggregate);
            select.setLong(2, from);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rows.getBytes(1);
                    rows.getBytes(2);
                }
            }
        }
    }

    private static void append(Connection connection, String aggregate, long sequence) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO domain_event_entry (event_identifier,"
                + " aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                + " VALUES (?, ?, ?, 'Partnership', '2026-11-24T12:00:00Z', 'org.evidenceledger.events.BenchmarkPublished', '3', ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, aggregate);
            insert.setLong(3, sequence);
            insert.setBytes(4, PAYLOAD);
            insert.setBytes(5, META);
            insert.executeUpdate();
        }
    }
}
