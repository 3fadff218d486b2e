package org.evidenceledger.command.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Intake accepts only what the whole ledger can read back: each body here is refused with 400 at the
 * field that is wrong, and nothing is recorded. The accepted extremes beside them are recorded.
 * Bodies are written as raw JSON text, as a hostile client sends them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest extends CommandSideHttpTest {

    private static final String PARTNERSHIP = "hostile-input-target";
    private static final String BENCHMARKS = PARTNERSHIPS + "/" + PARTNERSHIP + "/benchmarks";
    private static final String OUTCOMES = PARTNERSHIPS + "/" + PARTNERSHIP + "/outcomes";

    @BeforeAll
    void announce() {
        connect();
        http.post(PARTNERSHIPS, Bodies.announcement(PARTNERSHIP)).created();
        http.post(PARTNERSHIPS + "/" + PARTNERSHIP + "/deployments", Bodies.deployment("deploy-1", "2026-07-01")).created();
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                benchmarkValue("1e1000"),
                benchmarkValue("1e10000"),
                benchmarkValue("-1e16"),
                benchmarkValue("1e-11"),
                benchmarkValue("1234567890123456"),
                benchmarkValue("0.12345678901"),
                benchmarkValue("\"0.9\""),
                benchmarkValue("true"),
                benchmarkValue("[0.9]"),
                benchmarkValue("{\"v\": 0.9}"),
                Arguments.of("a boolean as the metric", BENCHMARKS, benchmark("\"metric\": true"), "metric"),
                Arguments.of("a number as the metric", BENCHMARKS, benchmark("\"metric\": 1"), "metric"),
                Arguments.of("a lone surrogate in the metric", BENCHMARKS, benchmark("\"metric\": \"\\ud800x\""), "metric"),
                Arguments.of("a trailing lone surrogate", BENCHMARKS, benchmark("\"metric\": \"x\\udbff\""), "metric"),
                Arguments.of("a lone low surrogate", BENCHMARKS, benchmark("\"metric\": \"\\udc00\""), "metric"),
                Arguments.of("a control character", BENCHMARKS, benchmark("\"metric\": \"a\\u0000b\""), "metric"),
                Arguments.of("a bell", BENCHMARKS, benchmark("\"unit\": \"\\u0007\""), "unit"),
                Arguments.of("a line break in a name", BENCHMARKS, benchmark("\"metric\": \"a\\nb\""), "metric"),
                Arguments.of("only zero-width characters", BENCHMARKS, benchmark("\"metric\": \"\\u200b\\u200c\\u2060\""), "metric"),
                Arguments.of("only a no-break space", BENCHMARKS, benchmark("\"unit\": \"\\u00a0\""), "unit"),
                Arguments.of("only an ideographic space", BENCHMARKS, benchmark("\"unit\": \"\\u3000\""), "unit"),
                Arguments.of("a blank optional name", BENCHMARKS, benchmark("\"dataset\": \" \\ufeff \""), "dataset"),
                Arguments.of("a date as a number", BENCHMARKS, benchmark("\"publishedOn\": 1"), "publishedOn"),
                Arguments.of("a date as an array", BENCHMARKS, benchmark("\"publishedOn\": [2026, 7, 1]"), "publishedOn"),
                Arguments.of("a year far back", BENCHMARKS, benchmark("\"publishedOn\": \"-999999999-01-01\""), "publishedOn"),
                Arguments.of("a year of five digits", BENCHMARKS, benchmark("\"publishedOn\": \"+10000-01-01\""), "publishedOn"),
                Arguments.of("a date before 1900", BENCHMARKS, benchmark("\"publishedOn\": \"1899-12-31\""), "publishedOn"),
                Arguments.of("a day that does not exist", BENCHMARKS, benchmark("\"publishedOn\": \"2026-02-30\""), "publishedOn"),
                Arguments.of("a date without its zeros", BENCHMARKS, benchmark("\"publishedOn\": \"2026-7-1\""), "publishedOn"),
                Arguments.of("a date with a time", BENCHMARKS, benchmark("\"publishedOn\": \"2026-07-01T00:00:00Z\""), "publishedOn"),
                Arguments.of("a boolean as a number", BENCHMARKS, benchmark("\"independent\": 1"), "independent"),
                Arguments.of("a boolean as text", BENCHMARKS, benchmark("\"peerReviewed\": \"true\""), "peerReviewed"),
                Arguments.of("a fraction as a count", BENCHMARKS, benchmark("\"sampleSize\": 1.5"), "sampleSize"),
                Arguments.of("a count past int", BENCHMARKS, benchmark("\"sampleSize\": 99999999999"), "sampleSize"),
                Arguments.of("an enum by index", OUTCOMES, outcome("\"measure\": 0"), "measure"),
                Arguments.of("a baseline past the range", OUTCOMES, outcome("\"baseline\": 1e400"), "baseline"),
                Arguments.of("a target date past the window", PARTNERSHIPS + "/" + PARTNERSHIP + "/deployment-timelines",
                        "{\"targetDate\": \"2200-01-01\", \"scope\": \"pilot\", \"source\": {\"url\": \"https://example.org\"}}",
                        "targetDate"),
                Arguments.of("a title of zero-width characters", PARTNERSHIPS, announcement("\"title\": \"\\u200b\""), "title"),
                Arguments.of("a party named with a no-break space", PARTNERSHIPS,
                        announcement("\"parties\": [{\"name\": \"\\u00a0\", \"role\": \"OTHER\"}]"), "parties[0].name"),
                Arguments.of("an announcement date as a number", PARTNERSHIPS, announcement("\"announcedOn\": 1"), "announcedOn"),
                Arguments.of("intended uses as one string", PARTNERSHIPS, announcement("\"intendedUses\": \"x\""), "intendedUses"),
                Arguments.of("a blank retraction reason", PARTNERSHIPS + "/" + PARTNERSHIP + "/retractions",
                        "{\"entryId\": \"deploy-1\", \"reason\": \"\\u2028\\u200b\"}", "reason"));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("the largest accepted value", BENCHMARKS, benchmark("\"value\": 999999999999999.9999999999")),
                Arguments.of("the smallest accepted step", BENCHMARKS, benchmark("\"value\": -0.0000000001")),
                Arguments.of("an exponent within the range", BENCHMARKS, benchmark("\"value\": 1.5e3")),
                Arguments.of("trailing zeros past ten places", BENCHMARKS, benchmark("\"value\": 0.500000000000000")),
                Arguments.of("text beyond the basic plane", BENCHMARKS, benchmark("\"metric\": \"AUROC \\ud83e\\udde0 \u00e9t\u00e9 \u6e2c\u5b9a\"")),
                Arguments.of("a summary over several lines", PARTNERSHIPS + "/" + PARTNERSHIP + "/validations",
                        "{\"validator\": \"Consortium\", \"studyDesign\": \"retrospective\", \"summary\": \"line 1\\nline 2\\ttabbed\","
                                + " \"publishedOn\": \"2026-07-02\", \"source\": {\"url\": \"https://example.org\"}}"),
                Arguments.of("a target date far ahead", PARTNERSHIPS + "/" + PARTNERSHIP + "/deployment-timelines",
                        "{\"targetDate\": \"2199-12-31\", \"scope\": \"pilot\", \"source\": {\"url\": \"https://example.org\"}}"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("refused")
    void givenHostileInput_whenSent_thenRefusedAtItsFieldAndNothingRecorded(String what, String path, String body,
                                                                          String field) {
        long before = events.count();
        JsonNode problem = http.post(path, body).problem(400);
        assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()))
                .as("errors of %s", problem).contains(field);
        assertThat(events.count()).as("nothing recorded for %s", what).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} is recorded")
    @MethodSource("accepted")
    void givenTheAcceptedExtremes_whenSent_thenRecorded(String what, String path, String body) {
        long before = events.count();
        http.post(path, body).created();
        assertThat(events.count()).isEqualTo(before + 1);
    }

    private static Arguments benchmarkValue(String value) {
        return Arguments.of("value " + value, BENCHMARKS, benchmark("\"value\": " + value), "value");
    }

    /** A valid benchmark with one field replaced (or added). */
    private static String benchmark(String field) {
        return withField("""
                {"metric": "diagnostic accuracy", "value": 0.91, "unit": "AUROC", "publishedOn": "2026-07-01",
                 "source": {"url": "https://example.org/papers/eval"}}""", field);
    }

    private static String outcome(String field) {
        return withField("""
                {"measure": "DIAGNOSTIC_ACCURACY", "value": 0.9, "unit": "AUROC", "reportedOn": "2026-08-01",
                 "source": {"url": "https://example.org/outcomes"}}""", field);
    }

    private static String announcement(String field) {
        return withField("""
                {"title": "Hostile announcement", "parties": [{"name": "Mayo Clinic", "role": "MODEL_OWNER"}],
                 "announcedOn": "2026-06-04", "source": {"url": "https://example.org/news"}}""", field);
    }

    /** The base body with one field written as raw text, in place of the base's own value of it. */
    private static String withField(String base, String field) {
        String name = field.substring(1, field.indexOf('"', 1));
        ObjectNode others = (ObjectNode) LedgerHttp.JSON.readTree(base);
        others.remove(name);
        return "{" + field + "," + LedgerHttp.JSON.writeValueAsString(others).substring(1);
    }
}
