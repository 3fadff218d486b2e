package org.evidenceledger.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL 18 server for the production shape's rows, unpacked from zonky's Maven artifacts (no
 * server to install), with durable commits: fsync and synchronous_commit on, as a production server runs.
 * The floor and the service get a database each, so the floor's rows never reach the service's projection.
 */
final class BenchmarkPostgres implements AutoCloseable {

    private final EmbeddedPostgres server;

    private BenchmarkPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    static BenchmarkPostgres start(Path work) throws IOException, SQLException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(Files.createDirectories(work.resolve("postgres")))
                .setCleanDataDirectory(true)
                .setOverrideWorkingDirectory(Files.createDirectories(work.resolve("postgres-binaries")).toFile())
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE floor");
            statement.execute("CREATE DATABASE ledger");
        }
        return new BenchmarkPostgres(server);
    }

    String url(String database) {
        return server.getJdbcUrl("postgres", database);
    }

    /** How a production process is started: the postgres profile and the database through Spring's variables. */
    Map<String, String> serviceEnvironment() {
        return Map.of("SPRING_PROFILES_ACTIVE", "postgres",
                "SPRING_DATASOURCE_URL", url("ledger"),
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "SPRING_DATASOURCE_PASSWORD", "postgres");
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
