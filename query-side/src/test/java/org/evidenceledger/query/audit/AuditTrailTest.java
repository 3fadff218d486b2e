package org.evidenceledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;
import static org.evidenceledger.query.testing.Events.benchmark;
import static org.evidenceledger.query.testing.Events.retraction;

import java.util.ArrayList;
import java.util.List;
import org.evidenceledger.query.testing.QueryApi;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuditTrailTest extends QuerySideHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void givenARecordedStream_whenAnAuditorReadsIt_thenEveryEventIsThereWithItsHashChain() {
        ledger.record("2026-06-04T09:00:00Z", "ana", announced("audit-trail-one", "2026-06-04"));
        ledger.record("2026-07-01T10:00:00Z", "ben", benchmark("audit-trail-one", "bench-1", "2026-07-01"));
        ledger.record("2026-07-02T10:00:00Z", "ana", retraction("audit-trail-one", "retraction-1", "bench-1", "2026-07-02", "wrong paper"));

        JsonNode events = api.get("/api/audit/partnerships/audit-trail-one/events", QueryApi.AUDIT).ok();

        assertThat(events).hasSize(3);
        List<String> types = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < 3; i++) {
            JsonNode event = events.get(i);
            assertThat(event.get("sequenceNumber").asLong()).isEqualTo(i);
            types.add(event.get("eventType").asString());
            assertThat(event.get("hash").asString()).matches("[0-9a-f]{64}");
            assertThat(event.get("previousHash").isNull() ? null : event.get("previousHash").asString()).isEqualTo(previous);
            assertThat(event.get("payload").isObject()).isTrue();
            assertThat(event.has("correlationId")).isTrue();
            previous = event.get("hash").asString();
        }
        assertThat(types).containsExactly("PartnershipAnnounced", "BenchmarkPublished", "EntryRetracted");
        assertThat(events.get(1).get("recordedBy").asString()).isEqualTo("ben");
        assertThat(events.get(1).get("recordedAt").asString()).isEqualTo("2026-07-01T10:00:00Z");
        assertThat(events.get(1).get("payload").get("metric").asString()).isEqualTo("AUROC");
        assertThat(events.get(1).get("payload").get("publishedOn").asString()).isEqualTo("2026-07-01");
    }

    @Test
    void givenAnUnknownPartnership_whenAnAuditorAsksForItsEvents_thenNotFound() {
        api.get("/api/audit/partnerships/audit-no-such-one/events", QueryApi.AUDIT).problem(404);
    }

    @Test
    void givenTheAuditApi_whenSomeoneWithoutTheAuditorRoleAsks_thenRefused() {
        ledger.record("2026-06-04T09:00:00Z", announced("audit-roles", "2026-06-04"));
        for (String path : List.of("/api/audit/partnerships/audit-roles/events", "/api/audit/export",
                "/api/audit/verification", "/api/audit/replays/any")) {
            api.get(path, QueryApi.DASH).problem(403);
            api.get(path, QueryApi.ANA).problem(403);
            api.get(path, null).problem(401);
        }
    }

    @Test
    void givenRecordedEvents_whenExported_thenEveryEventIsOneNdjsonLineInGlobalOrder() {
        ledger.record("2026-06-04T09:00:00Z", announced("audit-export-one", "2026-06-04"));
        ledger.record("2026-06-05T09:00:00Z", announced("audit-export-two", "2026-06-05"));
        ledger.record("2026-07-01T09:00:00Z", benchmark("audit-export-one", "bench-1", "2026-07-01"));

        QueryApi.Answer export = api.get("/api/audit/export", QueryApi.AUDIT);

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("application/x-ndjson");
        List<JsonNode> lines = export.body().lines().map(JSON::readTree).toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        assertThat(lines).extracting(line -> line.get("globalIndex").asLong()).isSorted();
        List<String> ours = lines.stream()
                .filter(line -> line.get("partnershipId").asString().startsWith("audit-export-"))
                .map(line -> line.get("partnershipId").asString() + "#" + line.get("sequenceNumber").asLong())
                .toList();
        assertThat(ours).containsExactly("audit-export-one#0", "audit-export-two#0", "audit-export-one#1");
        JsonNode benchmark = lines.stream()
                .filter(line -> line.get("partnershipId").asString().equals("audit-export-one")
                        && line.get("sequenceNumber").asLong() == 1)
                .findFirst().orElseThrow();
        assertThat(JSON.readTree(benchmark.get("payloadText").asString())).isEqualTo(benchmark.get("payload"));
        assertThat(benchmark.get("metaData").get("hash").asString()).matches("[0-9a-f]{64}");
    }

    @Test
    void givenAnUntouchedStore_whenVerified_thenIntact() {
        ledger.record("2026-06-04T09:00:00Z", announced("audit-intact", "2026-06-04"));
        ledger.record("2026-07-01T09:00:00Z", benchmark("audit-intact", "bench-1", "2026-07-01"));

        JsonNode report = api.get("/api/audit/verification", QueryApi.AUDIT).ok();

        assertThat(report.get("intact").asBoolean()).isTrue();
        assertThat(report.get("violations")).isEmpty();
        assertThat(report.get("streams").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(report.get("events").asLong()).isGreaterThanOrEqualTo(2);
    }
}
