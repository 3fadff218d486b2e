package org.evidenceledger.benchmark;

import java.io.IOException;
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

/**
 * ledger-app.jar as a user runs it, in a process of its own, on a fresh data directory: README's run form (the
 * extracted jar under {@code run/} beside the uber jar, with its class-data archive) when the build made it.
 */
final class ServiceProcess implements AutoCloseable {

    static final String USERS = "bench-intake:bench-secret-1:INTAKE,bench-view:bench-secret-2:VIEWER,"
            + "bench-audit:bench-secret-3:AUDITOR";

    private final Process process;
    final int port;
    final Duration startup;
    /** How it was started: README's run form with its archive, or the uber jar. */
    final String form;

    private ServiceProcess(Process process, int port, Duration startup, String form) {
        this.process = process;
        this.port = port;
        this.startup = startup;
        this.form = form;
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
        List<String> command = new ArrayList<>(launch(jar));
        command.addAll(List.of("--server.port=" + port, "--ledger.data-dir=" + dataDir, "--ledger.security.users=" + USERS));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
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
                    return new ServiceProcess(process, port, Duration.ofNanos(System.nanoTime() - started),
                            form(command, log));
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

    /**
     * README's run command, {@code java -XX:SharedArchiveFile=ledger-app/target/run/ledger-app.jsa -jar
     * ledger-app/target/run/ledger-app.jar}, when the build wrote that archive beside the given jar; else the jar.
     * The archive holds the class path as written at training, so the paths stay relative as given.
     */
    private static List<String> launch(Path jar) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path run = jar.resolveSibling("run");
        Path archive = run.resolve("ledger-app.jsa");
        if (Files.isRegularFile(archive)) {
            return List.of(java, "-XX:SharedArchiveFile=" + archive, "-jar", run.resolve(jar.getFileName()).toString());
        }
        return List.of(java, "-jar", jar.toString());
    }

    /** The JVM says on its output when it cannot use the archive (another JDK, another class path). */
    private static String form(List<String> command, Path log) throws IOException {
        if (command.stream().noneMatch(part -> part.startsWith("-XX:SharedArchiveFile="))) {
            return "the uber jar";
        }
        boolean refused = Files.readAllLines(log).stream().anyMatch(line -> line.contains("[cds]"));
        return "README's run form" + (refused ? ", class-data archive refused (see the service's log)" : "");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
