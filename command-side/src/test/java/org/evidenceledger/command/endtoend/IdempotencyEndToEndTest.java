package org.evidenceledger.command.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.evidenceledger.command.endtoend.LedgerHttp.Answer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Idempotency-Key of API.md: a retried request is answered with the first answer and records nothing new. */
class IdempotencyEndToEndTest extends CommandSideHttpTest {

    private static final int CONCURRENT_CLIENTS = 8;

    @Test
    void givenBenchmarkRecordedUnderAKey_whenTheSameRequestIsRepeated_thenTheFirstAnswerAndOneEvent() {
        String id = announce("repeated-benchmark");
        String path = PARTNERSHIPS + "/" + id + "/benchmarks";

        Answer first = http.post(path, Bodies.benchmark("2026-09-15"), "Idempotency-Key", "retry-1");
        Answer repeated = http.post(path, Bodies.benchmark("2026-09-15"), "Idempotency-Key", "retry-1");

        JsonNode answer = first.created();
        assertThat(answer.get("entryId").asString()).matches("benchmark-[0-9a-f]{12}");
        assertThat(answer.get("version").asLong()).isEqualTo(1);
        assertThat(repeated.created()).isEqualTo(answer);
        assertThat(repeated.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(events.count(id)).isEqualTo(2);
    }

    @Test
    void givenAnnouncementWithGeneratedIdUnderAKey_whenRepeated_thenTheSameIdAndLocationAndOneEvent() {
        String body = """
                {"title": "Generated id partnership", "parties": [{"name": "Mayo Clinic", "role": "MODEL_OWNER"}],
                 "announcedOn": "2026-06-04", "source": {"url": "https://example.org/news/generated"}}
                """;

        Answer first = http.post(PARTNERSHIPS, body, "Idempotency-Key", "announce-generated");
        Answer repeated = http.post(PARTNERSHIPS, body, "Idempotency-Key", "announce-generated");

        JsonNode answer = first.created();
        String id = answer.get("partnershipId").asString();
        assertThat(id).matches("generated-id-partnership-[0-9a-f]{6}");
        assertThat(first.header("Location")).isEqualTo("/api/partnerships/" + id);
        assertThat(repeated.created()).isEqualTo(answer);
        assertThat(repeated.header("Location")).isEqualTo(first.header("Location"));
        assertThat(events.count(id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier LIKE 'generated-id-%'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void givenKeyUsed_whenSentWithAnotherBody_then422AndNothingRecorded() {
        String id = announce("key-reused");
        String path = PARTNERSHIPS + "/" + id + "/benchmarks";
        http.post(path, Bodies.benchmark("2026-09-15"), "Idempotency-Key", "reused-key").created();
        long before = events.count();

        Answer reused = http.post(path, Bodies.benchmark("2026-09-16"), "Idempotency-Key", "reused-key");
        Answer otherCommand = http.post(PARTNERSHIPS + "/" + id + "/validations", Bodies.validation("2026-09-15"),
                "Idempotency-Key", "reused-key");

        reused.problem(422);
        otherCommand.problem(422);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void givenKeyUsedForOneRequest_whenAnotherKeyCarriesTheSameRequest_thenItIsRecordedAgain() {
        String id = announce("distinct-keys");
        String path = PARTNERSHIPS + "/" + id + "/benchmarks";

        JsonNode first = http.post(path, Bodies.benchmark("2026-09-15"), "Idempotency-Key", "key-a").created();
        JsonNode second = http.post(path, Bodies.benchmark("2026-09-15"), "Idempotency-Key", "key-b").created();

        assertThat(second.get("entryId").asString()).isNotEqualTo(first.get("entryId").asString());
        assertThat(second.get("version").asLong()).isEqualTo(2);
        assertThat(events.count(id)).isEqualTo(3);
    }

    @Test
    void givenConcurrentIdenticalBenchmarksUnderOneKey_whenSent_thenAllAnswerTheSame201AndOneEventIsRecorded() {
        String id = announce("concurrent-benchmark");

        List<Answer> answers = concurrently(PARTNERSHIPS + "/" + id + "/benchmarks", Bodies.benchmark("2026-09-15"),
                "concurrent-benchmark-key");

        assertAllCreatedAlike(answers);
        assertThat(answers.get(0).json().get("version").asLong()).isEqualTo(1);
        assertThat(events.count(id)).isEqualTo(2);
        JsonNode next = http.post(PARTNERSHIPS + "/" + id + "/validations", Bodies.validation("2026-10-01")).created();
        assertThat(next.get("version").asLong()).as("the losers' rolled-back events left no trace").isEqualTo(2);
    }

    @Test
    void givenConcurrentIdenticalBenchmarksWithClientEntryIdUnderOneKey_whenSent_thenAllAnswerTheSame201() {
        String id = announce("concurrent-entry-id");

        List<Answer> answers = concurrently(PARTNERSHIPS + "/" + id + "/benchmarks",
                Bodies.benchmark("benchmark-accuracy", "2026-09-15"), "concurrent-entry-id-key");

        assertAllCreatedAlike(answers);
        assertThat(answers.get(0).json().get("entryId").asString()).isEqualTo("benchmark-accuracy");
        assertThat(events.count(id)).isEqualTo(2);
    }

    @Test
    void givenConcurrentIdenticalAnnouncementsUnderOneKey_whenSent_thenAllAnswerTheSame201AndOneEventIsRecorded() {
        List<Answer> answers = concurrently(PARTNERSHIPS, Bodies.announcement("concurrent-announcement"),
                "concurrent-announcement-key");

        assertAllCreatedAlike(answers);
        answers.forEach(answer ->
                assertThat(answer.header("Location")).isEqualTo("/api/partnerships/concurrent-announcement"));
        assertThat(events.count("concurrent-announcement")).isEqualTo(1);
    }

    private String announce(String id) {
        http.post(PARTNERSHIPS, Bodies.announcement(id)).created();
        return id;
    }

    private List<Answer> concurrently(String path, String body, String key) {
        List<CompletableFuture<Answer>> pending = IntStream.range(0, CONCURRENT_CLIENTS)
                .mapToObj(i -> http.postAsync(path, body, "Idempotency-Key", key))
                .toList();
        List<Answer> answers = new ArrayList<>();
        for (CompletableFuture<Answer> answer : pending) {
            answers.add(answer.orTimeout(30, TimeUnit.SECONDS).join());
        }
        return answers;
    }

    private static void assertAllCreatedAlike(List<Answer> answers) {
        JsonNode first = answers.get(0).created();
        for (Answer answer : answers) {
            assertThat(answer.created()).as("answer %s", answer).isEqualTo(first);
        }
    }
}
