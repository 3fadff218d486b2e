package org.evidenceledger.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A deployable jar running in a JVM of its own, as an operator starts it: on a free port, with its
 * output in a log file. {@link #kill()} is SIGKILL (no shutdown hook, no flush), {@link #stop()} SIGTERM.
 */
final class LedgerProcess implements AutoCloseable {

    static final String USERS = "ana:s3cret-1:INTAKE,dash:s3cret-2:VIEWER,audit:s3cret-3:AUDITOR,ops:s3cret-4:OPERATOR";

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private LedgerProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The jar named by the system property (set by failsafe to the reactor's freshly packaged jar). */
    static Path jar(String property) {
        Path jar = Path.of(System.getProperty(property, "unset"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(property + " = " + jar + " is not a jar; run through mvn verify");
        }
        return jar;
    }

    /** command-side.jar on the PostgreSQL of a test. */
    static LedgerProcess commandSide(String name, Path workDir, Postgres postgres) {
        return start(name, jar("command.side.jar"), workDir, postgres.environment());
    }

    /** query-side.jar on the PostgreSQL of a test. */
    static LedgerProcess querySide(String name, Path workDir, Postgres postgres) {
        return start(name, jar("query.side.jar"), workDir, postgres.environment());
    }

    static LedgerProcess start(String name, Path jar, Path workDir, Map<String, String> environment, String... args) {
        int port = freePort();
        Path log = workDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true", "-Duser.home=" + workDir,
                "-jar", jar.toString(),
                "--server.port=" + port, "--spring.main.banner-mode=off"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("LEDGER_SECURITY_USERS", USERS);
        builder.environment().putAll(environment);
        try {
            return new LedgerProcess(name, builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the health endpoint answers UP; fails with the log's tail if the process died or never came up. */
    LedgerProcess awaitUp() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(base().resolve("/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        throw new IllegalStateException(name + " did not come up:\n" + logTail());
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    String name() {
        return name;
    }

    /** How Axon's token store names this process as the owner of a claim: the JVM's "pid@host". */
    boolean owns(String tokenOwner) {
        return tokenOwner != null && tokenOwner.startsWith(process.pid() + "@");
    }

    /** SIGKILL: the process gets no chance to flush or close anything. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: Spring's graceful shutdown. */
    void stop() {
        process.destroy();
        awaitExit();
    }

    /** SIGTERM, without waiting for the process to exit. */
    void terminate() {
        process.destroy();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the process to exit by itself and answers its exit status. */
    int awaitExit(Duration atMost) throws InterruptedException {
        if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " did not exit within " + atMost + ":\n" + logTail());
        }
        return process.exitValue();
    }

    Path log() {
        return log;
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
