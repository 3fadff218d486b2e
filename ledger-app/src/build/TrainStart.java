import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the class-data-sharing archive of README's run form: starts the extracted jar under
 * ledger-app/target/run once on an empty data directory with -XX:ArchiveClassesAtExit, records one announcement
 * and reads it back, then stops it as a user would (SIGTERM); the JVM writes every class it loaded into the
 * archive as it exits. Run from the project root by ledger-app's build (package phase), with Java's source
 * launcher ({@code java ledger-app/src/build/TrainStart.java}): the archive holds the class path as written,
 * so it is written the way README's command writes it. Exits non-zero, failing the build, without an archive.
 */
public class TrainStart {

    private static final Path RUN = Path.of("ledger-app", "target", "run");
    private static final Path ARCHIVE = RUN.resolve("ledger-app.jsa");
    private static final Path WORK = Path.of("ledger-app", "target", "run-training");
    private static final String ACCOUNT = "trainer:train-only";
    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    public static void main(String[] args) throws Exception {
        Files.deleteIfExists(ARCHIVE);
        delete(WORK);
        Files.createDirectories(WORK);
        Path log = WORK.resolve("app.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + ARCHIVE, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-jar", RUN.resolve("ledger-app.jar").toString(),
                "--server.port=0", "--ledger.data-dir=" + WORK.resolve("data").toAbsolutePath(),
                "--ledger.security.users=" + ACCOUNT + ":INTAKE+VIEWER"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // the training is the embedded default, whatever this shell points the service at
        builder.environment().keySet().removeIf(name -> name.matches("(SPRING|LEDGER|AXON|SERVER|MANAGEMENT)_.*"));
        Process service = builder.start();
        try {
            String base = "http://127.0.0.1:" + port(service, log);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            awaitHealthy(client, base);
            send(client, request(base + "/api/partnerships").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"partnershipId": "training-start", "title": "Class-data training",
                             "parties": [{"name": "Trainer", "role": "MODEL_OWNER"}], "announcedOn": "2026-06-04",
                             "source": {"url": "https://example.org/training"}}""")));
            send(client, request(base + "/api/partnerships/training-start").GET());
            send(client, request(base + "/api/partnerships").GET());
            service.destroy();
            if (!service.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the training start did not stop within a minute");
            }
        } finally {
            service.destroyForcibly();
        }
        if (!Files.isRegularFile(ARCHIVE) || Files.size(ARCHIVE) == 0) {
            throw new IllegalStateException("no class-data archive written; see " + log);
        }
        System.out.println("TrainStart: wrote " + ARCHIVE + " (" + Files.size(ARCHIVE) / 1_000_000 + " MB)");
    }

    private static int port(Process service, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher started = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (started.find()) {
                return Integer.parseInt(started.group(1));
            }
            if (!service.isAlive()) {
                throw new IllegalStateException("the training start exited; see " + log);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the training start did not listen within 2 minutes; see " + log);
    }

    private static void awaitHealthy(HttpClient client, String base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the training start did not become healthy within 2 minutes");
    }

    private static HttpRequest.Builder request(String uri) {
        String basic = Base64.getEncoder().encodeToString(ACCOUNT.getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + basic);
    }

    private static void send(HttpClient client, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(answer.request().uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
