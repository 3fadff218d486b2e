package org.evidenceledger.command.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.command.endtoend.LedgerHttp.AUDIT;
import static org.evidenceledger.command.endtoend.LedgerHttp.DASH;
import static org.evidenceledger.command.endtoend.LedgerHttp.OPS;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.evidenceledger.command.endtoend.LedgerHttp.Account;
import org.evidenceledger.command.endtoend.LedgerHttp.Answer;
import org.evidenceledger.platform.testing.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The command API of API.md over real HTTP: answers, refusals and what reaches the event store. */
class CommandApiEndToEndTest extends CommandSideHttpTest {
    @Test
    void givenEmptyLedger_whenReferenceExampleAnnounced_then201WithLocationAndVersionZero() {
        Answer answer = http.post(PARTNERSHIPS, Bodies.REFERENCE_ANNOUNCEMENT);

        JsonNode body = answer.created();
        assertThat(answer.header("Location")).isEqualTo("/api/partnerships/mayo-microsoft-frontier-model");
        assertThat(answer.header("ETag")).isEqualTo("\"0\"");
        assertThat(body.get("partnershipId").asString()).isEqualTo("mayo-microsoft-frontier-model");
        assertThat(body.get("version").isIntegralNumber()).isTrue();
        assertThat(body.get("version").asLong()).isZero();
        assertThat(body.hasNonNull("entryId")).as("the announcement answers no entryId").isFalse();

        List<StoredEvents.Row> stored = events.of("mayo-microsoft-frontier-model");
        assertThat(stored).hasSize(1);
        StoredEvents.Row announced = stored.get(0);
        assertThat(announced.sequenceNumber()).isZero();
        assertThat(announced.payloadType()).isEqualTo("org.evidenceledger.events.PartnershipAnnounced");
        assertThat(announced.payloadRevision()).isEqualTo("1");
        JsonNode payload = announced.payload();
        assertThat(payload.get("partnershipId").asString()).isEqualTo("mayo-microsoft-frontier-model");
        assertThat(payload.get("announcedOn").asString()).isEqualTo("2026-06-04");
        assertThat(payload.get("parties").get(2).get("role").asString()).isEqualTo("CLOUD_DISTRIBUTOR");
        assertThat(payload.get("intendedUses")).hasSize(3);
        assertThat(payload.get("source").get("url").asString()).isEqualTo("https://example.org/news/mayo-microsoft");
        assertRecordedByAnaNow(announced);
    }

    @Test
    void givenAnnounced_whenBenchmarkPublished_then201WithGeneratedEntryIdAndVersionOne() {
        String id = announce("benchmark-answer");

        Answer answer = http.post(entries(id, "benchmarks"), Bodies.benchmark("2026-09-15"));

        JsonNode body = answer.created();
        assertThat(body.get("partnershipId").asString()).isEqualTo(id);
        assertThat(body.get("entryId").asString()).matches("benchmark-[0-9a-f]{12}");
        assertThat(body.get("version").asLong()).isEqualTo(1);
        assertThat(answer.header("ETag")).isEqualTo("\"1\"");

        StoredEvents.Row published = events.of(id).get(1);
        assertThat(published.payloadType()).isEqualTo("org.evidenceledger.events.BenchmarkPublished");
        assertThat(published.payloadText()).contains("\"publishedOn\":\"2026-09-15\"");
        JsonNode payload = published.payload();
        assertThat(payload.get("entryId").asString()).isEqualTo(body.get("entryId").asString());
        assertThat(payload.get("value").decimalValue()).isEqualByComparingTo("0.91");
        assertThat(payload.get("independent").asBoolean()).isFalse();
        assertRecordedByAnaNow(published);
        assertThat(published.metaData().get("correlationId").asString())
                .isNotEqualTo(events.of(id).get(0).metaData().get("correlationId").asString());
    }

    @Test
    void givenAnnounced_whenEveryKindOfEntryRecorded_thenEachAnswersItsEntryIdAndTheNextVersion() {
        String id = announce("every-entry-kind");

        assertEntry(http.post(entries(id, "benchmarks"), Bodies.benchmark("benchmark-accuracy", "2026-07-01")),
                id, "benchmark-accuracy", 1);
        assertEntry(http.post(entries(id, "validations"), Bodies.validation("2026-08-01")),
                id, "independent-validation-[0-9a-f]{12}", 2);
        assertEntry(http.post(entries(id, "deployment-timelines"), Bodies.timeline("2027-03-01")),
                id, "deployment-timeline-[0-9a-f]{12}", 3);
        assertEntry(http.post(entries(id, "deployments"), Bodies.deployment("deployment-rochester", "2026-09-01")),
                id, "deployment-rochester", 4);
        assertEntry(http.post(entries(id, "outcomes"), Bodies.outcome("2026-11-02")),
                id, "outcome-data-[0-9a-f]{12}", 5);
        assertEntry(http.post(entries(id, "availability"), Bodies.availability("2027-06-01")),
                id, "availability-[0-9a-f]{12}", 6);
        assertEntry(http.post(entries(id, "retractions"), Bodies.retraction("benchmark-accuracy")),
                id, "retraction-[0-9a-f]{12}", 7);
        assertEntry(http.post(entries(id, "conclusion"), Bodies.conclusion("2026-11-24")),
                id, "conclusion-[0-9a-f]{12}", 8);

        List<StoredEvents.Row> stored = events.of(id);
        assertThat(stored).extracting(StoredEvents.Row::payloadType).containsExactly(
                "org.evidenceledger.events.PartnershipAnnounced",
                "org.evidenceledger.events.BenchmarkPublished",
                "org.evidenceledger.events.IndependentValidationRecorded",
                "org.evidenceledger.events.DeploymentTimelineAnnounced",
                "org.evidenceledger.events.ClinicallyDeployed",
                "org.evidenceledger.events.OutcomeDataReported",
                "org.evidenceledger.events.AvailabilityAnnounced",
                "org.evidenceledger.events.EntryRetracted",
                "org.evidenceledger.events.PartnershipConcluded");
        JsonNode timeline = stored.get(3).payload();
        assertThat(timeline.get("targetDate").asString()).isEqualTo("2027-03-01");
        assertThat(timeline.get("announcedOn").asString()).as("a timeline sent without announcedOn").isEqualTo("2026-11-24");
        assertThat(stored.get(6).payload().get("availableOn").asString()).isEqualTo("2027-06-01");
        JsonNode retraction = stored.get(7).payload();
        assertThat(retraction.get("retractedEntryId").asString()).isEqualTo("benchmark-accuracy");
        assertThat(retraction.get("retractedOn").asString()).isEqualTo("2026-11-24");
        Set<String> correlationIds = new HashSet<>();
        for (StoredEvents.Row row : stored) {
            assertRecordedByAnaNow(row);
            correlationIds.add(row.metaData().get("correlationId").asString());
        }
        assertThat(correlationIds).as("one correlation id per command").hasSize(stored.size());
    }

    @Test
    void givenAnything_whenBodyIsNotJson_then400MalformedAndNothingRecorded() {
        refused(400, () -> http.post(PARTNERSHIPS, "{\"partnershipId\": \"malformed-json\", \"title\": "));
    }

    @Test
    void givenAnything_whenRequiredFieldsMissing_then400NamingEachField() {
        JsonNode problem = refused(400, () -> http.post(PARTNERSHIPS, """
                {"partnershipId": "missing-fields", "parties": [{"name": "Mayo Clinic"}],
                 "announcedOn": "2026-06-04", "source": {"url": "https://example.org/news/x"}}
                """));

        assertThat(fields(problem)).containsExactlyInAnyOrder("parties[0].role", "title");
        problem.get("errors").forEach(error -> assertThat(error.get("message").asString()).isNotBlank());
    }

    @Test
    void givenAnnounced_whenEntryRequiredFieldMissing_then400NamingIt() {
        String id = announce("entry-missing-field");

        JsonNode problem = refused(400, () -> http.post(entries(id, "deployments"), """
                {"site": "Mayo Clinic Rochester", "scope": "INTERNAL_PILOT",
                 "source": {"url": "https://example.org/news/deployment"}}
                """));

        assertThat(fields(problem)).containsExactly("deployedOn");
    }

    @Test
    void givenAnnounced_whenDateOfSomethingThatHappenedIsInTheFuture_then400NamingTheField() {
        String id = announce("future-dates");

        assertThat(fields(refused(400, () -> http.post(entries(id, "benchmarks"), Bodies.benchmark("2026-11-25")))))
                .containsExactly("publishedOn");
        assertThat(fields(refused(400, () -> http.post(entries(id, "conclusion"), Bodies.conclusion("2027-01-01")))))
                .containsExactly("concludedOn");
        assertThat(fields(refused(400, () -> http.post(PARTNERSHIPS,
                Bodies.announcement("announced-tomorrow").replace("2026-06-04", "2026-11-25")))))
                .containsExactly("announcedOn");
    }

    @Test
    void givenAnnounced_whenEnumValueUnknown_then400NamingTheField() {
        String id = announce("unknown-enum");

        JsonNode scope = refused(400, () -> http.post(entries(id, "deployments"),
                Bodies.deployment("deployment-one", "2026-09-01").replace("INTERNAL_PILOT", "WORLDWIDE")));
        assertThat(fields(scope)).containsExactly("scope");

        JsonNode role = refused(400, () -> http.post(PARTNERSHIPS,
                Bodies.announcement("unknown-role").replace("MODEL_OWNER", "SPONSOR")));
        assertThat(fields(role)).containsExactly("parties[0].role");
    }

    @Test
    void givenAnnounced_whenIfMatchIsNotAVersion_then400() {
        String id = announce("bad-if-match");

        JsonNode problem = refused(400, () -> http.post(entries(id, "benchmarks"), Bodies.benchmark("2026-09-15"),
                "If-Match", "\"latest\""));

        assertThat(fields(problem)).containsExactly("If-Match");
    }

    @Test
    void givenAnnounced_whenIdempotencyKeyTooLong_then400() {
        String id = announce("long-idempotency-key");

        JsonNode problem = refused(400, () -> http.post(entries(id, "benchmarks"), Bodies.benchmark("2026-09-15"),
                "Idempotency-Key", "k".repeat(201)));

        assertThat(fields(problem)).containsExactly("Idempotency-Key");
    }

    @Test
    void givenNoCredentials_whenCommandSent_then401Problem() {
        Answer answer = refusedAnswer(401, () -> http.send(http.request(PARTNERSHIPS, null)
                .POST(HttpRequest.BodyPublishers.ofString(Bodies.announcement("no-credentials")))));

        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void givenWrongPassword_whenCommandSent_then401Problem() {
        refused(401, () -> http.send(http.request(PARTNERSHIPS, new Account("ana", "s3cret-2"))
                .POST(HttpRequest.BodyPublishers.ofString(Bodies.announcement("wrong-password")))));
        refused(401, () -> http.send(http.request(PARTNERSHIPS, new Account("mallory", "s3cret-1"))
                .POST(HttpRequest.BodyPublishers.ofString(Bodies.announcement("unknown-account")))));
    }

    @Test
    void givenViewerAuditorOrOperator_whenCommandSent_then403Problem() {
        String id = announce("read-only-accounts");

        for (Account reader : List.of(DASH, AUDIT, OPS)) {
            refused(403, () -> http.send(http.request(PARTNERSHIPS, reader)
                    .POST(HttpRequest.BodyPublishers.ofString(Bodies.announcement("by-" + reader.name())))));
            refused(403, () -> http.send(http.request(entries(id, "benchmarks"), reader)
                    .POST(HttpRequest.BodyPublishers.ofString(Bodies.benchmark("2026-09-15")))));
        }
    }

    @Test
    void givenUnknownPartnership_whenEntryCommandSent_then404Problem() {
        refused(404, () -> http.post(entries("no-such-partnership", "benchmarks"), Bodies.benchmark("2026-09-15")));
        refused(404, () -> http.post(entries("no-such-partnership", "retractions"), Bodies.retraction("benchmark-one")));
        refused(404, () -> http.post(entries("Not_A_Slug", "benchmarks"), Bodies.benchmark("2026-09-15")));
    }

    @Test
    void givenAnnounced_whenAnnouncedAgainUnderTheSameId_then409Problem() {
        String id = announce("announced-twice");

        refused(409, () -> http.post(PARTNERSHIPS, Bodies.announcement(id)));
        assertThat(events.count(id)).isEqualTo(1);
    }

    @Test
    void givenEntry_whenAnotherEntryUsesItsId_then409Problem() {
        String id = announce("duplicate-entry");
        http.post(entries(id, "benchmarks"), Bodies.benchmark("benchmark-accuracy", "2026-09-15")).created();

        refused(409, () -> http.post(entries(id, "benchmarks"), Bodies.benchmark("benchmark-accuracy", "2026-09-16")));
        refused(409, () -> http.post(entries(id, "deployments"), Bodies.deployment("benchmark-accuracy", "2026-09-16")));
    }

    @Test
    void givenVersionOne_whenIfMatchNamesAnotherVersion_then412_andWhenItMatches_then201() {
        String id = announce("if-match");
        http.post(entries(id, "benchmarks"), Bodies.benchmark("2026-09-15")).created();

        refused(412, () -> http.post(entries(id, "benchmarks"), Bodies.benchmark("2026-09-16"), "If-Match", "\"0\""));
        refused(412, () -> http.post(entries(id, "benchmarks"), Bodies.benchmark("2026-09-16"), "If-Match", "\"2\""));

        Answer matching = http.post(entries(id, "benchmarks"), Bodies.benchmark("2026-09-16"), "If-Match", "\"1\"");
        assertThat(matching.created().get("version").asLong()).isEqualTo(2);
        assertThat(matching.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void givenBodyOver64KiB_whenSentWithContentLength_then413Problem() {
        byte[] body = oversizedAnnouncement();

        refused(413, () -> http.send(http.request(PARTNERSHIPS, LedgerHttp.ANA)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))));
    }

    @Test
    void givenBodyOver64KiB_whenStreamedWithoutContentLength_then413Problem() {
        byte[] body = oversizedAnnouncement();

        refused(413, () -> http.send(http.request(PARTNERSHIPS, LedgerHttp.ANA)
                .POST(LedgerHttp.chunked(() -> new ByteArrayInputStream(body)))));
    }

    @Test
    void givenSmallBody_whenStreamedWithoutContentLength_thenAccepted() {
        byte[] body = Bodies.announcement("streamed-announcement").getBytes(StandardCharsets.UTF_8);

        Answer answer = http.send(http.request(PARTNERSHIPS, LedgerHttp.ANA)
                .POST(LedgerHttp.chunked(() -> new ByteArrayInputStream(body))));

        assertThat(answer.created().get("partnershipId").asString()).isEqualTo("streamed-announcement");
    }

    @Test
    void givenTextPlainBody_whenCommandSent_then415Problem() {
        refused(415, () -> http.post(PARTNERSHIPS, Bodies.announcement("plain-text"), "Content-Type", "text/plain"));
    }

    @Test
    void givenNoDeployment_whenOutcomeDataReported_then422Problem() {
        String id = announce("outcome-without-deployment");

        refused(422, () -> http.post(entries(id, "outcomes"), Bodies.outcome("2026-11-02")));
    }

    @Test
    void givenDeploymentDatedAfterTheOutcome_whenOutcomeDataReported_then422Problem() {
        String id = announce("deployment-after-outcome");
        http.post(entries(id, "deployments"), Bodies.deployment("deployment-late", "2026-11-10")).created();

        refused(422, () -> http.post(entries(id, "outcomes"), Bodies.outcome("2026-11-02")));
    }

    @Test
    void givenAnnounced_whenEvidenceDatedBeforeTheAnnouncement_then422Problem() {
        String id = announce("evidence-before-announcement");

        refused(422, () -> http.post(entries(id, "benchmarks"), Bodies.benchmark("2026-06-03")));
        refused(422, () -> http.post(entries(id, "deployment-timelines"), Bodies.timeline("2026-05-01")));
    }

    @Test
    void givenEarlierPartnershipUnknown_whenAnnouncedBuildingOnIt_then422Problem_andWhenKnown_then201() {
        refused(422, () -> http.post(PARTNERSHIPS, Bodies.announcementBuildingOn("builds-on-unknown", "never-recorded")));

        String earlier = announce("earlier-partnership");
        Answer answer = http.post(PARTNERSHIPS, Bodies.announcementBuildingOn("builds-on-known", earlier));
        assertThat(answer.created().get("version").asLong()).isZero();
    }

    @Test
    void givenAnnounced_whenUnknownEntryRetracted_then422Problem() {
        String id = announce("retract-unknown");

        refused(422, () -> http.post(entries(id, "retractions"), Bodies.retraction("benchmark-never")));
    }

    @Test
    void givenRetractedEntry_whenRetractedAgain_then422Problem() {
        String id = announce("retract-twice");
        http.post(entries(id, "benchmarks"), Bodies.benchmark("benchmark-accuracy", "2026-09-15")).created();
        http.post(entries(id, "retractions"), Bodies.retraction("benchmark-accuracy")).created();

        refused(422, () -> http.post(entries(id, "retractions"), Bodies.retraction("benchmark-accuracy")));
    }

    @Test
    void givenAnnounced_whenTheAnnouncementIsRetracted_then422Problem() {
        String id = announce("retract-announcement");

        refused(422, () -> http.post(entries(id, "retractions"), Bodies.retraction("announcement")));
    }

    @Test
    void givenConcluded_whenNewEntrySent_then422Problem_butRetractionsAreTaken() {
        String id = announce("concluded-partnership");
        String benchmark = http.post(entries(id, "benchmarks"), Bodies.benchmark("2026-09-15")).created()
                .get("entryId").asString();
        http.post(entries(id, "conclusion"), Bodies.conclusion("2026-11-20")).created();

        refused(422, () -> http.post(entries(id, "benchmarks"), Bodies.benchmark("2026-11-21")));
        refused(422, () -> http.post(entries(id, "availability"), Bodies.availability("2027-01-01")));
        refused(422, () -> http.post(entries(id, "conclusion"), Bodies.conclusion("2026-11-21")));

        assertThat(http.post(entries(id, "retractions"), Bodies.retraction(benchmark)).created()
                .get("version").asLong()).isEqualTo(3);
    }

    private String announce(String id) {
        http.post(PARTNERSHIPS, Bodies.announcement(id)).created();
        return id;
    }

    private static String entries(String partnershipId, String kind) {
        return PARTNERSHIPS + "/" + partnershipId + "/" + kind;
    }

    private static void assertEntry(Answer answer, String partnershipId, String entryIdPattern, long version) {
        JsonNode body = answer.created();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("partnershipId", "entryId", "version");
        assertThat(body.get("partnershipId").asString()).isEqualTo(partnershipId);
        assertThat(body.get("entryId").asString()).matches(entryIdPattern);
        assertThat(body.get("version").asLong()).isEqualTo(version);
    }

    private static void assertRecordedByAnaNow(StoredEvents.Row row) {
        JsonNode metaData = row.metaData();
        assertThat(metaData.get("recordedBy").asString()).isEqualTo("ana");
        assertThat(metaData.get("recordedAt").asString()).isEqualTo(TestClockConfiguration.NOW);
        assertThat(metaData.get("correlationId").asString()).isNotBlank();
    }

    /** The refusal's problem, after checking that the refused command left the event store as it was. */
    private JsonNode refused(int status, Supplier<Answer> request) {
        long before = events.count();
        Answer answer = request.get();
        JsonNode problem = answer.problem(status);
        assertThat(events.count()).as("events after a refused command (%s)", answer).isEqualTo(before);
        return problem;
    }

    private Answer refusedAnswer(int status, Supplier<Answer> request) {
        long before = events.count();
        Answer answer = request.get();
        answer.problem(status);
        assertThat(events.count()).as("events after a refused command (%s)", answer).isEqualTo(before);
        return answer;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static byte[] oversizedAnnouncement() {
        String title = "x".repeat(70 * 1024);
        return Bodies.announcement("oversized-body").replace("Frontier model partnership oversized-body", title)
                .getBytes(StandardCharsets.UTF_8);
    }
}
