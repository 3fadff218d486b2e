package org.evidenceledger.benchmark;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidenceledger.events.Party;
import org.evidenceledger.events.PartyRole;
import org.evidenceledger.query.figures.FigureKeeper;
import org.evidenceledger.query.figures.FigureRepository;
import org.evidenceledger.query.organizations.PartyRepository;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.evidenceledger.query.summary.Stage;
import org.evidenceledger.query.summary.SummaryRepository;
import org.evidenceledger.query.summary.SummaryRow;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a dashboard, the organization ranking and lists cost as the ledger grows. No HTTP run here can
 * record 400,000 partnerships through commands in reasonable time, so the read models of each size are
 * written by the projection's own repositories (summaries, organizations, standing figures, in the
 * order of recorded time, over three years of announcements and 200 organizations); then ledger-app.jar
 * starts on them and each request is timed from outside, one at a time, median of 21 after 20 unmeasured ones.
 */
final class ReadsAtScale {

    private static final int ORGANIZATIONS = 200;
    private static final LocalDate FIRST_DAY = LocalDate.parse("2023-12-01");
    private static final ReadModelSlot SLOT = ReadModelSlot.A;
    private static final int WARM_UP = 20;

    private ReadsAtScale() {
    }

    static List<String> rows(Path work, Path jar, int[] sizes, String viewer) throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("dashboard", "/api/dashboard");
        requests.put("dashboard as of today", "/api/dashboard?asOf=" + today);
        requests.put("dashboard as of 2025-06-01", "/api/dashboard?asOf=2025-06-01");
        requests.put("organizations", "/api/organizations");
        requests.put("organizations as of today", "/api/organizations?asOf=" + today);
        requests.put("organizations as of 2025-06-01", "/api/organizations?asOf=2025-06-01");
        requests.put("list filtered by party", "/api/partnerships?party=Organization%207");
        requests.put("list page 3", "/api/partnerships?page=3");
        requests.put("list by gap, sorted by title", "/api/partnerships?gap=NO_BENCHMARK&sort=title&order=asc");
        Map<String, double[]> medians = new LinkedHashMap<>();
        requests.keySet().forEach(what -> medians.put(what, new double[sizes.length]));
        for (int s = 0; s < sizes.length; s++) {
            Path data = work.resolve("scale-" + sizes[s]);
            long started = System.nanoTime();
            seed(data, sizes[s]);
            System.err.printf(Locale.ROOT, "[benchmark] %,d partnerships seeded in %.0f s%n", sizes[s],
                    (System.nanoTime() - started) / 1e9);
            try (ServiceProcess service = ServiceProcess.start(jar, data, work.resolve("scale-" + sizes[s] + ".log"))) {
                HttpLoad load = new HttpLoad(service.port);
                for (Map.Entry<String, String> request : requests.entrySet()) {
                    medians.get(request.getKey())[s] = median(load, request.getValue(), viewer);
                }
            }
        }
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, double[]> request : medians.entrySet()) {
            double[] ms = request.getValue();
            StringBuilder measured = new StringBuilder();
            StringBuilder growth = new StringBuilder();
            for (int s = 0; s < sizes.length; s++) {
                measured.append(s == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.1f ms", ms[s]));
                if (s > 0) {
                    growth.append(s == 1 ? "" : " / ").append(String.format(Locale.ROOT, "%.1f×", ms[s] / ms[0]));
                }
            }
            rows.add("| " + request.getKey() + " at " + sizesText(sizes) + " partnerships (median of 21, warmed up) | " + measured
                    + " |  | growth " + growth + " |");
        }
        return rows;
    }

    private static String sizesText(int[] sizes) {
        return String.join(" / ", Arrays.stream(sizes).mapToObj(size -> String.format(Locale.ROOT, "%,d", size)).toList());
    }

    private static double median(HttpLoad load, String path, String viewer) throws Exception {
        double[] ms = new double[21];
        // warmed up first: the figure is the steady state of a running service, not its first requests
        for (int i = -WARM_UP; i < ms.length; i++) {
            long started = System.nanoTime();
            HttpResponse<String> answer = load.send(load.request(path, viewer).GET().build());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode() + " " + answer.body());
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    /** One change of a partnership's summary at its recorded instant. */
    private record Change(Instant at, SummaryRow previous, SummaryRow next) {
    }

    private static void seed(Path data, int partnerships) throws Exception {
        // Seeding is not what is measured: without the service's WRITE_DELAY=0, H2 writes in the background.
        String url = DatabaseFloor.serviceUrl(data).replace(";WRITE_DELAY=0", "");
        Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration/h2", "classpath:db/migration/common").load().migrate();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        dataSource.setAutoCommit(false);
        Connection connection = dataSource.getConnection();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        SummaryRepository summaries = new SummaryRepository(jdbc, JsonMapper.builder().build());
        PartyRepository parties = new PartyRepository(jdbc);
        FigureKeeper figures = new FigureKeeper(new FigureRepository(jdbc));
        List<Change> changes = new ArrayList<>(partnerships * 2);
        Instant now = Instant.now();
        for (int i = 0; i < partnerships; i++) {
            LocalDate announcedOn = FIRST_DAY.plusDays((i * 7919L) % 1095);
            List<Party> named = List.of(new Party("Organization " + (i % ORGANIZATIONS), PartyRole.MODEL_OWNER),
                    new Party("Organization " + ((i * 31 + 7) % ORGANIZATIONS), PartyRole.TECHNOLOGY_PARTNER));
            Stage stage = Stage.values()[i % Stage.values().length];
            SummaryRow announced = new SummaryRow("scale-" + i, 0, "Partnership " + i, named, announcedOn, Stage.ANNOUNCED,
                    false, 0, 0, 0, 0, null, null, null);
            Instant recorded = announcedOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(i % 86_400);
            changes.add(new Change(recorded, null, announced));
            Instant later = recorded.plusSeconds(86_400L * (30 + i % 200));
            if (stage != Stage.ANNOUNCED && later.isBefore(now)) {
                int reached = stage.ordinal();
                changes.add(new Change(later, announced, new SummaryRow("scale-" + i, 1, "Partnership " + i, named,
                        announcedOn, stage, false, reached >= 1 ? 1 : 0, reached >= 2 ? 1 : 0, reached >= 3 ? 1 : 0,
                        reached >= 4 ? 1 : 0, null, reached >= 3 ? announcedOn.plusDays(20) : null,
                        reached >= 4 ? announcedOn.plusDays(25) : null)));
            }
        }
        changes.sort(Comparator.comparing(Change::at));
        int applied = 0;
        for (Change change : changes) {
            if (change.previous() == null) {
                parties.insert(SLOT, change.next().partnershipId(), change.next().parties());
            }
            summaries.append(SLOT, change.next(), change.previous() == null ? null : change.previous().version(), change.at());
            figures.apply(SLOT, change.previous(), change.next(), change.at());
            if (++applied % 2000 == 0) {
                connection.commit();
            }
        }
        connection.commit();
        // A ledger that has run for a while has a compacted file; a fresh seeding leaves H2's chunks half
        // empty, and the service's own compaction rewriting them would run during the measurement.
        try (Statement shutdown = connection.createStatement()) {
            shutdown.execute("SHUTDOWN COMPACT");
        }
        dataSource.destroy();
    }
}
