package org.evidenceledger.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.evidenceledger.boot.LedgerApplication;
import org.evidenceledger.platform.LedgerLauncher;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Whatever intake accepts reads back unchanged everywhere: the summary, the timeline, the raw audit
 * stream and the export. Whatever it refuses is a 400 that records nothing. Text is drawn from every
 * UTF-16 code unit (lone surrogates and control characters included) and sent as JSON escapes, the
 * way a hostile client would; numbers and dates from well past the accepted ranges.
 */
class IntakeRoundTripProperties {

    private static final AtomicInteger PARTNERSHIPS = new AtomicInteger();
    private static ConfigurableApplicationContext service;
    private static HttpClient client;
    private static URI base;

    @BeforeContainer
    static void start() {
        service = LedgerLauncher.run(LedgerApplication.class, "--server.port=0",
                "--ledger.data-dir=" + TestDataDirectories.create("round-trip"),
                "--ledger.security.users=" + LedgerClient.USERS);
        base = URI.create("http://localhost:" + service.getEnvironment().getProperty("local.server.port"));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterContainer
    static void stop() {
        service.close();
    }

    @Property(tries = 100)
    void whatIntakeAcceptsReadsBackEverywhere(@ForAll("texts") String title, @ForAll("texts") String metric,
                                              @ForAll("values") BigDecimal value, @ForAll("dates") LocalDate publishedOn)
            throws Exception {
        String id = "round-trip-" + PARTNERSHIPS.incrementAndGet();
        HttpResponse<String> announced = post("/api/partnerships", "{\"partnershipId\":\"" + id + "\",\"title\":"
                + json(title) + ",\"parties\":[{\"name\":\"Round Trip Org\",\"role\":\"MODEL_OWNER\"}],"
                + "\"announcedOn\":\"2026-01-05\",\"source\":{\"url\":\"https://example.org/" + id + "\"}}");
        if (announced.statusCode() != 201) {
            assertRefused(announced, id);
            return;
        }
        HttpResponse<String> published = post("/api/partnerships/" + id + "/benchmarks", "{\"entryId\":\"bench\","
                + "\"metric\":" + json(metric) + ",\"value\":" + value.toString() + ",\"unit\":\"ratio\","
                + "\"publishedOn\":\"" + publishedOn + "\",\"source\":{\"url\":\"https://example.org/paper\"}}");
        JsonNode summary = get("/api/partnerships/" + id + "?minVersion=" + (published.statusCode() == 201 ? 1 : 0));
        assertThat(summary.get("title").asString()).isEqualTo(title.strip());
        if (published.statusCode() != 201) {
            assertRefused(published, id);
            assertThat(summary.get("version").asLong()).isZero();
            return;
        }

        assertThat(summary.get("benchmarks").asInt()).isEqualTo(1);
        JsonNode entry = get("/api/partnerships/" + id + "/timeline").get("entries").get(1);
        assertThat(entry.get("entryId").asString()).isEqualTo("bench");
        assertThat(entry.get("occurredOn").asString()).isEqualTo(publishedOn.toString());
        assertThat(entry.get("details").get("metric").asString()).isEqualTo(metric);
        assertThat(entry.get("details").get("value").decimalValue()).isEqualByComparingTo(value);

        JsonNode stored = getAudit("/api/audit/partnerships/" + id + "/events").get(1).get("payload");
        assertThat(stored.get("metric").asString()).isEqualTo(metric);
        assertThat(stored.get("value").decimalValue()).isEqualByComparingTo(value);

        List<JsonNode> exported = exportOf(id);
        assertThat(exported).hasSize(2);
        assertThat(exported.get(0).get("payload").get("title").asString()).isEqualTo(title.strip());
        assertThat(exported.get(1).get("payload").get("metric").asString()).isEqualTo(metric);
        assertThat(exported.get(1).get("payload").get("value").decimalValue()).isEqualByComparingTo(value);
    }

    /** Mostly text a person would type, in many scripts; sometimes any code units at all. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> typed = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u024f')
                .withCharRange('\u0370', '\u03ff').withCharRange('\u4e00', '\u4e40').withChars('\u200b', '\u3000', '\ufeff')
                .ofMinLength(1).ofMaxLength(60);
        Arbitrary<String> emoji = Arbitraries.of("\ud83e\udde0 AUROC", "f\u00fcr \ud83d\ude00", "\ud834\udd1e clef");
        Arbitrary<String> anything = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12);
        return Arbitraries.frequencyOf(
                Tuple.of(6, typed), Tuple.of(1, emoji), Tuple.of(3, anything));
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        Arbitrary<BigDecimal> plausible = Arbitraries.integers().between(0, 12).flatMap(scale ->
                Arbitraries.bigDecimals().between(new BigDecimal("-1e16"), new BigDecimal("1e16")).ofScale(scale));
        Arbitrary<BigDecimal> extreme = Arbitraries.integers().between(-2000, 2000)
                .map(exponent -> BigDecimal.ONE.scaleByPowerOfTen(exponent));
        return Arbitraries.frequencyOf(Tuple.of(8, plausible), Tuple.of(2, extreme));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(-400, 400)
                .map(days -> LocalDate.of(2026, 3, 1).plusDays(days));
    }

    private static void assertRefused(HttpResponse<String> response, String id) throws Exception {
        assertThat(response.statusCode()).as("%s", response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    /** A JSON string that spells every code unit outside printable ASCII as an escape: nothing is lost on the wire. */
    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c >= ' ' && c <= '~' && c != '"' && c != '\\') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.append('"').toString();
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header("Authorization", basic("ana", "s3cret-1"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode get(String path) throws Exception {
        return read(path, basic("dash", "s3cret-2"));
    }

    private static JsonNode getAudit(String path) throws Exception {
        return read(path, basic("audit", "s3cret-3"));
    }

    private static JsonNode read(String path, String authorization) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
        return LedgerClient.JSON.readTree(response.body());
    }

    private static List<JsonNode> exportOf(String id) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/api/audit/export"))
                .header("Authorization", basic("audit", "s3cret-3")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().lines().map(line -> LedgerClient.JSON.readTree(line))
                .filter(line -> line.get("partnershipId").asString().equals(id)).toList();
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
