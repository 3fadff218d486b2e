package org.evidenceledger.disk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ledger-app.jar as a user runs it: its own JVM on a data directory of the test's choosing, a free
 * port, real HTTP. {@link #kill()} is kill -9.
 */
final class LedgerJar implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ANA = basic("ana", "s3cret-1");
    private static final String DASH = basic("dash", "s3cret-2");
    private static final String AUDIT = basic("audit", "s3cret-3");
    private static final String OPS = basic("ops", "s3cret-4");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Process process;
    private final URI base;

    private LedgerJar(Process process, int port) {
        this.process = process;
        this.base = URI.create("http://localhost:" + port);
    }

    /** Starts the jar built by {@code package} and waits until health answers 200. */
    static LedgerJar start(Path dataDirectory, Path log, String... arguments) {
        Path jar = Path.of("target", "ledger-app.jar").toAbsolutePath();
        assertThat(jar).as("run by mvn verify, after package built the jar").exists();
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx384m",
                "-jar", jar.toString(), "--server.port=" + port, "--ledger.data-dir=" + dataDirectory));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("LEDGER_SECURITY_USERS",
                "ana:s3cret-1:INTAKE,dash:s3cret-2:VIEWER,audit:s3cret-3:AUDITOR,ops:s3cret-4:OPERATOR");
        try {
            LedgerJar ledger = new LedgerJar(builder.start(), port);
            ledger.awaitHealthy(Duration.ofSeconds(120), log);
            return ledger;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy(Duration timeout, Path log) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("ledger-app.jar exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (health().statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("ledger-app.jar did not become healthy in " + timeout + "; see " + log);
    }

    HttpResponse<String> health() {
        return send(HttpRequest.newBuilder(base.resolve("/actuator/health")).GET(), null);
    }

    /** GET /actuator/health/readiness, without credentials. */
    HttpResponse<String> readiness() {
        return send(HttpRequest.newBuilder(base.resolve("/actuator/health/readiness")).GET(), null);
    }

    HttpResponse<String> command(String path, String json) {
        return command(path, json, null);
    }

    HttpResponse<String> command(String path, String json, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request, ANA);
    }

    HttpResponse<String> query(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), DASH);
    }

    /** Prometheus text, scraped as an operator. */
    String metrics() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/actuator/prometheus")).GET(), OPS);
        assertThat(response.statusCode()).as("scrape answered %s", response.body()).isEqualTo(200);
        return response.body();
    }

    JsonNode audit(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path)).GET(), AUDIT);
        assertThat(response.statusCode()).as("GET %s answered %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** kill -9: no shutdown hook, no clean close of the database. */
    void kill() {
        process.destroyForcibly();
        try {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String authorization) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String announcement(String partnershipId) {
        return """
                {"partnershipId": "%s", "title": "Partnership %s",
                 "parties": [{"name": "Org of %s", "role": "MODEL_OWNER"}, {"name": "Cloud", "role": "CLOUD_DISTRIBUTOR"}],
                 "announcedOn": "2026-01-05", "source": {"url": "https://example.org/news/%s", "publisher": "news"}}
                """.formatted(partnershipId, partnershipId, partnershipId, partnershipId);
    }

    static String benchmark() {
        return """
                {"metric": "AUROC", "value": 0.91, "unit": "ratio", "publishedOn": "2026-02-01",
                 "source": {"url": "https://example.org/papers/eval", "publisher": "journal"}}
                """;
    }

    static Path directoryUnderTarget(String prefix) {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), prefix + "-")
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
