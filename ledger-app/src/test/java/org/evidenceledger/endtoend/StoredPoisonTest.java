package org.evidenceledger.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.evidenceledger.platform.audit.EventHash;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A ledger written before intake bounded numbers and text may hold a benchmark of 5,000 digits and a
 * title with a lone surrogate, hash-chained like any event. Such a partnership still takes commands,
 * projects and answers every query; verification names the entry, and a retraction repairs it
 * without rewriting history.
 */
@TestPropertySource(properties = "ledger.test.purpose=stored-poison")
class StoredPoisonTest extends LedgerAppHttpTest {

    private static final String ID = "stored-poison";
    private static final String HUGE = "9".repeat(5_000);

    @Autowired
    private JdbcClient jdbc;

    @Test
    void givenEventsAnEarlierVersionAccepted_whenTheLedgerIsUsed_thenEverythingAnswersAndVerificationNamesThem() {
        String first = append(0, "PartnershipAnnounced", "1", "{\"partnershipId\":\"" + ID + "\",\"title\":\"Old \\ud800 title\","
                + "\"parties\":[{\"name\":\"Old Org\",\"role\":\"MODEL_OWNER\"}],\"announcedOn\":\"2026-01-05\","
                + "\"source\":{\"url\":\"https://example.org/old\",\"publisher\":null,\"title\":null},\"modelName\":null,"
                + "\"dataBasis\":null,\"intendedUses\":[],\"buildsOn\":[]}", null);
        append(1, "BenchmarkPublished", "2", "{\"partnershipId\":\"" + ID + "\",\"entryId\":\"bench-huge\","
                + "\"metric\":\"accuracy\",\"value\":" + HUGE + ",\"unit\":\"%\",\"publishedOn\":\"2026-02-01\","
                + "\"source\":{\"url\":\"https://example.org/paper\",\"publisher\":null,\"title\":null},\"dataset\":null,"
                + "\"comparator\":null,\"independent\":false,\"peerReviewed\":false,\"sampleSize\":null}", first);

        JsonNode retracted = ledger.command("/api/partnerships/" + ID + "/retractions",
                "{\"entryId\": \"bench-huge\", \"reason\": \"value not plausible\"}");
        assertThat(retracted.get("version").asLong()).as("the aggregate loads the old events").isEqualTo(2);

        JsonNode summary = awaitVersion(2);
        assertThat(summary.get("benchmarks").asInt()).as("a retracted entry never counts").isZero();
        assertThat(summary.get("title").asString()).isEqualTo("Old \ufffd title");
        JsonNode timeline = ledger.query("/api/partnerships/" + ID + "/timeline");
        assertThat(timeline.get("entries").get(1).get("retracted").asBoolean()).isTrue();
        assertThat(timeline.get("entries").get(1).get("details").get("value").decimalValue().precision()).isEqualTo(5_000);

        JsonNode verification = ledger.audit("/api/audit/verification");
        assertThat(verification.get("violations").valueStream()
                .filter(violation -> violation.get("partnershipId").asString().equals(ID))
                .map(violation -> violation.get("sequenceNumber").asLong() + " " + violation.get("reason").asString()))
                .anyMatch(reason -> reason.startsWith("1 the payload holds a value intake refuses today, at value"))
                .anyMatch(reason -> reason.startsWith("0 the payload holds a value intake refuses today, at title"))
                .noneMatch(reason -> reason.contains("hash"));
        assertThat(ledger.auditText("/api/audit/export")).contains(HUGE);
    }

    private JsonNode awaitVersion(long version) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        JsonNode summary = ledger.query("/api/partnerships/" + ID);
        while (summary.get("version").asLong() < version && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            summary = ledger.query("/api/partnerships/" + ID);
        }
        return summary;
    }

    /** Appends a row as the hash-chaining engine would have; answers its hash. */
    private String append(long sequence, String type, String revision, String payload, String previousHash) {
        String eventId = UUID.randomUUID().toString();
        String payloadType = "org.evidenceledger.events." + type;
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        Map<String, String> metaData = new LinkedHashMap<>();
        metaData.put("recordedAt", "2026-02-01T09:00:00Z");
        metaData.put("recordedBy", "ana");
        metaData.put("correlationId", eventId);
        String hash = EventHash.of(eventId, ID, sequence, payloadType, revision, previousHash, metaData, payloadBytes);
        metaData.put(EventHash.HASH, hash);
        if (previousHash != null) {
            metaData.put(EventHash.PREVIOUS_HASH, previousHash);
        }
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, ?, 'Partnership', '2026-02-01T09:00:00Z', ?, ?, ?, ?)""")
                .params(eventId, ID, sequence, payloadType, revision, payloadBytes,
                        LedgerClient.JSON.writeValueAsBytes(metaData))
                .update();
        return hash;
    }
}
