package org.evidenceledger.benchmark;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures the embedded default and the PostgreSQL shape from outside, as a client written against API.md
 * would, each beside its database's raw floor measured in the same run, then writes BENCHMARKS.md.
 * Run: {@code mvn -q -DskipTests package && java -jar benchmark/target/benchmark.jar}
 * Options (--only=scales runs the reads at scale alone): --seconds=15 --warm-up=90 --clients=16 --partnerships=200
 * --postgres=true --log-leaves=1000000 --scales=2000,40000,400000 --jar=ledger-app/target/ledger-app.jar
 * --out=BENCHMARKS.md --keep-work=false
 */
public final class Benchmark {

    private static final String INTAKE = "bench-intake:bench-secret-1";
    private static final String VIEWER = "bench-view:bench-secret-2";
    private static final String AUDITOR = "bench-audit:bench-secret-3";
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    private Benchmark() {
    }

    /**
     * Runs in a temporary directory (databases, service logs), deleted afterwards: one run leaves 2-5 GB there.
     * {@code --keep-work=true} keeps it, for reading the services' logs.
     */
    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("ledger-benchmark");
        try {
            measure(args, work);
        } finally {
            if (text(args, "keep-work", "false").equals("true")) {
                log("kept " + work);
            } else {
                deleteTree(work);
            }
        }
    }

    private static void measure(String[] args, Path work) throws Exception {
        int seconds = option(args, "seconds", 15);
        Duration warmUp = Duration.ofSeconds(option(args, "warm-up", 90));
        int clients = option(args, "clients", 16);
        int partnerships = option(args, "partnerships", 200);
        Path jar = Path.of(text(args, "jar", "ledger-app/target/ledger-app.jar"));
        Path out = Path.of(text(args, "out", "BENCHMARKS.md"));
        Duration duration = Duration.ofSeconds(seconds);
        Load shapeLoad = new Load(clients, duration, warmUp, partnerships);
        List<String> rows = new ArrayList<>();

        if (text(args, "only", "").equals("scales")) {
            rows.addAll(ReadsAtScale.rows(work, jar, sizes(args), VIEWER));
            Files.writeString(out, report(rows, shapeLoad, args));
            return;
        }
        log("raw H2 floor, " + clients + " clients, " + DatabaseFloor.RUNS + " runs of " + seconds + " s");
        Floor h2Floor = DatabaseFloor.h2(work.resolve("floor"), clients, duration);
        log("starting " + jar + " on the embedded default");
        try (ServiceProcess service = ServiceProcess.start(jar, work.resolve("data"), work.resolve("service.log"))) {
            rows.addAll(serviceRows("embedded default", service, work.resolve("data"), h2Floor,
                    "raw durable H2", shapeLoad));
        }
        if (!text(args, "postgres", "true").equals("false")) {
            log("PostgreSQL 18 (fsync on): raw floor, " + clients + " clients, " + DatabaseFloor.RUNS + " runs of "
                    + seconds + " s");
            try (BenchmarkPostgres postgres = BenchmarkPostgres.start(work)) {
                Floor pgFloor = DatabaseFloor.postgres(postgres.url("floor"), "postgres", "postgres", clients, duration);
                log("starting " + jar + " on PostgreSQL (profile postgres)");
                try (ServiceProcess service = ServiceProcess.start(jar, work.resolve("pg-data"),
                        work.resolve("service-postgres.log"), postgres.serviceEnvironment())) {
                    rows.addAll(serviceRows("PostgreSQL", service, null, pgFloor, "raw durable PostgreSQL",
                            shapeLoad));
                }
            }
        }
        int logLeaves = option(args, "log-leaves", 1_000_000);
        if (logLeaves > 0) {
            log("ledger log at " + logLeaves + " leaves");
            rows.addAll(LogAtScale.rows(work.resolve("log"), logLeaves));
        }
        if (sizes(args).length > 0) {
            log("reads at " + Arrays.toString(sizes(args)) + " partnerships");
            rows.addAll(ReadsAtScale.rows(work, jar, sizes(args), VIEWER));
        }
        String report = report(rows, shapeLoad, args);
        Files.writeString(out, report);
        System.out.println(report);
    }

    /**
     * How the service is loaded: {@code clients} closed-loop clients for {@code duration} a row, over
     * {@code partnerships}; before the rows of the warm service, {@code warmUp} of commands and a third of it of
     * queries, measured by nothing.
     */
    private record Load(int clients, Duration duration, Duration warmUp, int partnerships) {

        /** The queries' warm-up: a third of the commands'. */
        Duration queryWarmUp() {
            return warmUp.dividedBy(3);
        }
    }

    /**
     * The rows of one deployment shape, measured from outside: commands beside the floor, first from a cold start,
     * then, warm, with freshness under load; queries, a replay, bytes on disk per event ({@code dataDir}, for the
     * embedded default) and start-up. The warm-up is the JIT's: C2 compiles for about the first hundred seconds of
     * load here, and took about a third of the process's CPU while it did (measured per thread).
     */
    private static List<String> serviceRows(String shape, ServiceProcess service, Path dataDir, Floor floor,
                                            String floorName, Load shapeLoad) throws Exception {
        List<String> rows = new ArrayList<>();
        int clients = shapeLoad.clients();
        int partnerships = shapeLoad.partnerships();
        Duration duration = shapeLoad.duration();
        HttpLoad load = new HttpLoad(service.port);
        log(shape + ": seeding " + partnerships + " partnerships");
        for (int i = 0; i < partnerships; i++) {
            expect(load.send(announce(load, "bench-" + i, "Bench Org " + (i % 20))), 201);
        }
        expect(load.send(announce(load, "bench-probe", "Probe Org")), 201);
        IntFunction<HttpRequest> commands = client -> benchmark(load, "bench-" + ThreadLocalRandom.current().nextInt(partnerships));

        log(shape + ": commands from a cold start, " + clients + " clients, " + duration.toSeconds() + " s");
        HttpLoad.Result cold = load.run(clients, duration, commands, 201);
        rows.add(row(shape + ": commands/s over HTTP, the first " + duration.toSeconds() + " s of load after the start"
                        + " (JIT still compiling)", format(cold.perSecond()) + " (" + cold.failures() + " failed)",
                "", String.format(Locale.ROOT, "%.2f × floor", cold.perSecond() / floor.median())));
        log(shape + ": warming up, " + shapeLoad.warmUp().toSeconds() + " s of commands");
        load.run(clients, shapeLoad.warmUp(), commands, 201);

        log(shape + ": commands, " + clients + " clients, " + duration.toSeconds() + " s, with a freshness probe");
        Latencies lag = new Latencies();
        AtomicBoolean loading = new AtomicBoolean(true);
        Thread probe = new Thread(() -> probe(load, lag, loading), "freshness-probe");
        probe.start();
        HttpLoad.Result writes = load.run(clients, duration, commands, 201);
        loading.set(false);
        probe.join();
        rows.add(row(shape + ": commands/s over HTTP, warm", format(writes.perSecond()) + " (" + writes.failures() + " failed)",
                format(floor.median()) + " " + floorName + " (load ≤ 20 events, append one, commit; median of "
                        + floor.runs().size() + " runs of " + duration.toSeconds() + " s: " + format(floor.lowest())
                        + " to " + format(floor.highest()) + ")",
                String.format(Locale.ROOT, "%.2f × floor", writes.perSecond() / floor.median())));
        rows.add(row(shape + ": command latency p50 / p99, warm", ms(writes.latencies(), 50) + " / "
                + ms(writes.latencies(), 99), "", ""));
        rows.add(row(shape + ": projection lag p99 (a command's version in a list query, under full command load)",
                ms(lag, 99) + " (" + lag.count() + " probes)", "", ""));

        IntFunction<HttpRequest> summaries = client -> load.request("/api/partnerships/bench-"
                + ThreadLocalRandom.current().nextInt(partnerships), VIEWER).GET().build();
        IntFunction<HttpRequest> lists = client -> load.request("/api/partnerships?page="
                + ThreadLocalRandom.current().nextInt(10), VIEWER).GET().build();
        IntFunction<HttpRequest> dashboards = client -> load.request("/api/dashboard", VIEWER).GET().build();
        log(shape + ": warming up, " + shapeLoad.queryWarmUp().toSeconds() + " s of queries");
        List<IntFunction<HttpRequest>> queries = List.of(summaries, lists, dashboards);
        load.run(clients, shapeLoad.queryWarmUp(),
                client -> queries.get(ThreadLocalRandom.current().nextInt(queries.size())).apply(client), 200);
        log(shape + ": queries, " + clients + " clients, " + duration.toSeconds() + " s each");
        // the web stack's own floor under the same load: a request that reads nothing, with the same credentials
        HttpLoad.Result liveness = load.run(clients, duration,
                client -> load.request("/actuator/health/liveness", VIEWER).GET().build(), 200);
        String webFloor = "`/actuator/health/liveness`, same clients and credentials: " + ms(liveness.latencies(), 50)
                + " / " + ms(liveness.latencies(), 99) + " (" + format(liveness.perSecond()) + " requests/s)";
        rows.add(queryRow(shape + ": summary", load.run(clients, duration, summaries, 200), webFloor));
        rows.add(queryRow(shape + ": list page", load.run(clients, duration, lists, 200), webFloor));
        rows.add(queryRow(shape + ": dashboard", load.run(clients, duration, dashboards, 200), webFloor));

        log(shape + ": replay");
        rows.add(row(shape + ": replay into fresh read models", replay(load), "", ""));
        if (dataDir != null) {
            long events = count(load.send(load.request("/api/audit/verification", AUDITOR).GET().build()).body());
            long atOnce = size(dataDir);
            long settled = atOnce;
            for (int second = 0; second < 30; second++) {
                Thread.sleep(1000);
                settled = Math.min(settled, size(dataDir));
            }
            rows.add(row(shape + ": bytes on disk per event (both read-model slots, log, tokens included)",
                    format(settled / (double) events) + " within 30 s of the load (" + format(atOnce / (double) events)
                            + " right after it; " + events + " events, " + settled / 1_000_000 + " MB)", "", ""));
        }
        rows.add(row(shape + ": start until healthy (" + service.form + ")", service.startup.toMillis() + " ms", "", ""));
        return rows;
    }

    private static void probe(HttpLoad load, Latencies lag, AtomicBoolean loading) {
        try {
            while (loading.get()) {
                HttpResponse<String> recorded = load.send(benchmark(load, "bench-probe"));
                long version = version(recorded.body());
                long started = System.nanoTime();
                while (version(load.send(load.request("/api/partnerships?party=Probe%20Org", VIEWER).GET().build()).body())
                        < version) {
                    Thread.sleep(1);
                }
                lag.add(System.nanoTime() - started);
                Thread.sleep(100);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String replay(HttpLoad load) throws Exception {
        HttpResponse<String> started = load.send(load.request("/api/audit/replays", AUDITOR)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        String id = started.body().replaceAll(".*\"replayId\":\"([^\"]+)\".*", "$1");
        long begin = System.nanoTime();
        while (true) {
            String status = load.send(load.request("/api/audit/replays/" + id, AUDITOR).GET().build()).body();
            if (!status.contains("\"RUNNING\"")) {
                double seconds = (System.nanoTime() - begin) / 1e9;
                long events = Long.parseLong(status.replaceAll(".*\"eventsProcessed\":(\\d+).*", "$1"));
                return format(events / seconds) + " events/s (" + events + " events in "
                        + String.format(Locale.ROOT, "%.1f", seconds) + " s, " + status.replaceAll(".*\"status\":\"(\\w+)\".*", "$1") + ")";
            }
            Thread.sleep(50);
        }
    }

    private static HttpRequest announce(HttpLoad load, String id, String organization) {
        return load.request("/api/partnerships", INTAKE).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"partnershipId\":\"" + id + "\",\"title\":\"Benchmark " + id
                        + "\",\"parties\":[{\"name\":\"" + organization + "\",\"role\":\"MODEL_OWNER\"}],"
                        + "\"announcedOn\":\"2025-01-01\",\"source\":{\"url\":\"https://example.org/" + id + "\"}}")).build();
    }

    private static HttpRequest benchmark(HttpLoad load, String id) {
        return load.request("/api/partnerships/" + id + "/benchmarks", INTAKE).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"metric\":\"diagnostic accuracy\",\"value\":0.91,"
                        + "\"unit\":\"AUROC\",\"publishedOn\":\"2025-06-01\",\"source\":{\"url\":\"https://example.org/paper\"}}"))
                .build();
    }

    private static String report(List<String> rows, Load load, String[] args) {
        long seconds = load.duration().toSeconds();
        return "# Benchmarks\n\n"
                + "Measured " + Instant.now().atOffset(ZoneOffset.UTC).toLocalDate() + " with `java -jar benchmark/target/benchmark.jar"
                + (args.length == 0 ? "" : " " + String.join(" ", args)) + "` after `mvn -q -DskipTests package`, on "
                + Runtime.getRuntime().availableProcessors() + " cores, " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB benchmark heap, Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + ".\n\n"
                + "The service runs as README's run command starts `ledger-app.jar` (extracted, with its class-data archive),"
                + " in its own process, first on a fresh data directory (the embedded"
                + " default), then with the `postgres` profile on a PostgreSQL 18 server the benchmark starts from zonky's"
                + " Maven artifacts (fsync and synchronous_commit on); the load comes from " + load.clients() + " closed-loop"
                + " HTTP clients in the benchmark process, for " + seconds + " s per row, over " + load.partnerships()
                + " partnerships. Commands are measured twice: in the first " + seconds + " s of load after the start,"
                + " and warm, after " + load.warmUp().toSeconds() + " s more of them; the queries after "
                + load.queryWarmUp().toSeconds() + " s of the three mixed. The warm-up is the JIT's: its C2 compiler"
                + " works for about the first hundred seconds of load here, and takes about a third of the service's"
                + " CPU while it does. Each floor is the database alone, with the service's own settings and schema, in the"
                + " same run: the median of " + DatabaseFloor.RUNS + " runs of the same load one after the other, with"
                + " their range, since this machine's speed moves between runs. The queries' floor is the web stack's:"
                + " the same clients, with the same credentials, on `/actuator/health/liveness`, which reads nothing,"
                + " just before the queries. Everything shares the machine's cores:"
                + " service, database, and load.\n\n"
                + "| what | measured | floor | ratio |\n|---|---|---|---|\n" + String.join("\n", rows) + "\n";
    }

    private static String queryRow(String what, HttpLoad.Result result, String webFloor) {
        return row(what + " p50 / p99", ms(result.latencies(), 50) + " / " + ms(result.latencies(), 99) + " ("
                + format(result.perSecond()) + " queries/s, " + result.failures() + " failed)", webFloor, "");
    }

    private static String row(String what, String measured, String floor, String ratio) {
        return "| " + what + " | " + measured + " | " + floor + " | " + ratio + " |";
    }

    private static String ms(Latencies latencies, double percentile) {
        return String.format(Locale.ROOT, "%.1f ms", latencies.percentileMillis(percentile));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static long version(String body) {
        long highest = -1;
        Matcher matcher = VERSION.matcher(body);
        while (matcher.find()) {
            highest = Math.max(highest, Long.parseLong(matcher.group(1)));
        }
        return highest;
    }

    private static long count(String verification) {
        return Long.parseLong(verification.replaceAll(".*\"events\":(\\d+).*", "$1"));
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response.statusCode() + " " + response.body());
        }
    }

    /** The ledger sizes the reads are measured at; {@code --scales=} measures none. */
    private static int[] sizes(String[] args) {
        String scales = text(args, "scales", "2000,40000,400000");
        return scales.isBlank() ? new int[0] : Arrays.stream(scales.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static int option(String[] args, String name, int fallback) {
        return Integer.parseInt(text(args, name, Integer.toString(fallback)));
    }

    private static String text(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return fallback;
    }

    private static void log(String step) {
        System.err.println("[benchmark] " + LocalDate.now() + " " + step);
    }
}
