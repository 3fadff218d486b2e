package org.evidenceledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evidenceledger.boot.QuerySideApplication;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Exports 100,000 events (about 100 MB of NDJSON) from a query side started with a 96 MB heap that
 * exits on the first OutOfMemoryError: only a streamed export gets through.
 */
class ExportMemoryTest {

    private static final int EVENTS = 100_000;
    private static final String HEAP = "-Xmx96m";

    @Test
    void givenAHundredThousandEvents_whenExportedUnderASmallHeap_thenEveryLineArrives() throws Exception {
        Path dataDirectory = TestDataDirectories.create("export");
        String url = "jdbc:h2:file:" + dataDirectory.toAbsolutePath() + "/ledger";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/h2", "classpath:db/migration/common").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data)
                    SELECT 'load-' || X, 'load-' || ((X - 1) / 10), MOD(X - 1, 10), 'Partnership',
                        '2026-11-24T00:00:00Z', 'org.evidenceledger.loadtest.Padding', '1',
                        STRINGTOUTF8('{"padding":"' || REPEAT('x', 700) || '"}'), STRINGTOUTF8('{"recordedBy":"load"}')
                    FROM SYSTEM_RANGE(1, %d)""".formatted(EVENTS));
        }
        int port = freePort();
        Process service = start(dataDirectory, port);
        try {
            awaitHealth(port, service);
            HttpRequest export = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/audit/export"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("audit:pw-1".getBytes(StandardCharsets.UTF_8)))
                    .build();
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(export, HttpResponse.BodyHandlers.ofInputStream());

            assertThat(response.statusCode()).isEqualTo(200);
            long lines = 0;
            long bytes = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream body = response.body()) {
                for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            assertThat(lines).isEqualTo(EVENTS);
            assertThat(bytes).isGreaterThan(96L * 1024 * 1024);
            assertThat(service.isAlive()).as("the service survived the export").isTrue();
            assertThat(Files.readString(dataDirectory.resolve("service.log"))).doesNotContain("OutOfMemoryError");
        } finally {
            service.destroy();
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor();
            }
        }
    }

    private static Process start(Path dataDirectory, int port) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-XX:+ExitOnOutOfMemoryError",
                "-cp", classPath, QuerySideApplication.class.getName(),
                "--server.port=" + port,
                "--ledger.data-dir=" + dataDirectory.toAbsolutePath(),
                "--ledger.security.users=audit:pw-1:AUDITOR",
                // Subscribing processors do not read the store's history: the export alone uses the heap.
                "--axon.eventhandling.processors.partnerships-a.mode=subscribing",
                "--axon.eventhandling.processors.partnerships-b.mode=subscribing",
                "--axon.eventhandling.processors.ledger-log.mode=subscribing"));
        File log = dataDirectory.resolve("service.log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private static void awaitHealth(int port, Process service) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service is starting").isTrue();
            try {
                if (client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not start within 90 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
