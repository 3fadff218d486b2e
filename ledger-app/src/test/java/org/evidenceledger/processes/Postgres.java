package org.evidenceledger.processes;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A throwaway PostgreSQL server (zonky's binaries from Maven Central) on a free port and a temporary directory. */
final class Postgres implements AutoCloseable {

    private final EmbeddedPostgres server;

    private Postgres(EmbeddedPostgres server) {
        this.server = server;
    }

    static Postgres start(Path workDir) {
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            socket.close();
            Path data = Files.createDirectories(workDir.resolve("postgres"));
            return new Postgres(EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setOverrideWorkingDirectory(Files.createDirectories(workDir.resolve("postgres-binaries")).toFile())
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    /** What a production process is started with: the postgres profile and the database through Spring's variables. */
    Map<String, String> environment() {
        return Map.of("SPRING_PROFILES_ACTIVE", "postgres",
                "SPRING_DATASOURCE_URL", jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "SPRING_DATASOURCE_PASSWORD", "postgres");
    }

    DataSource dataSource() {
        return server.getPostgresDatabase();
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
