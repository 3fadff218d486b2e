package org.evidenceledger.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** ledger-app.jar as a user runs it, in a process of its own, on a fresh data directory. */
final class ServiceProcess implements AutoCloseable {

    static final String USERS = "bench-intake:bench-secret-1:INTAKE,bench-view:bench-secret-2:VIEWER,"
            + "bench-audit:bench-secret-3:AUDITOR";

    private final Process process;
    final int port;
    final Duration startup;

    private ServiceProcess(Process process, int port, Duration startup) {
        this.process = process;
        this.port = port;
        this.startup = startup;
    }

    static ServiceProcess start(Path jar, Path dataDir, Path log) throws Exception {
        return start(jar, dataDir, log, Map.of());
    }

    /** With {@code environment} added to the process's, e.g. the postgres profile and its database. */
    static ServiceProcess start(Path jar, Path dataDir, Path log, Map<String, String> environment) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "--server.port=" + port,
                "--ledger.data-dir=" + dataDir, "--ledger.security.users=" + USERS))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        HttpClient client = HttpClient.newHttpClient();
        URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited during start-up; see " + log);
            }
            try {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(1)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return new ServiceProcess(process, port, Duration.ofNanos(System.nanoTime() - started));
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - started > Duration.ofMinutes(2).toNanos()) {
                process.destroyForcibly();
                throw new IllegalStateException("the service did not become healthy in 2 minutes; see " + log);
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
