package org.evidenceledger.query.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;
import static org.evidenceledger.query.testing.Events.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.evidenceledger.query.testing.QueryApi;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An event the projection cannot read is parked with the rest of its partnership's events, never
 * skipped: the partnership's read model stops where it was complete, the others go on, health and
 * verification say so, and a replay that cannot project it fails instead of switching.
 */
@TestPropertySource(properties = "ledger.test.purpose=dead-letters")
class ProjectionDeadLetterTest extends QuerySideHttpTest {

    private static final String POISONED = "dead-letter-poisoned";
    private static final String HEALTHY = "dead-letter-healthy";

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ReadModelSlots slots;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void givenAnEventNoReaderCanRead_whenProjected_thenItAndItsSuccessorsAreParkedAndEveryoneIsTold() throws Exception {
        awaitOnlyTheActiveSlotProjecting();
        ledger.record("2026-06-04T09:00:00Z", announced(POISONED, "2026-06-04"));
        insertUnreadableBenchmark(POISONED, 1);
        ledger.record("2026-07-02T09:00:00Z", benchmark(POISONED, "bench-after", "2026-07-02"));
        ledger.record("2026-07-03T09:00:00Z", announced(HEALTHY, "2026-06-04"));

        api.awaitVersion(HEALTHY, 0);
        awaitParked(2);
        assertThat(api.summary(POISONED).get("version").asLong())
                .as("the read model stops before the unreadable event instead of skipping it").isZero();
        assertThat(api.summary(POISONED).get("benchmarks").asInt()).isZero();

        JsonNode parked = api.get("/api/audit/dead-letters", QueryApi.AUDIT).ok();
        assertThat(parked.valueStream().filter(letter -> letter.get("processingGroup").asString()
                        .equals(activeGroup()))
                .map(letter -> letter.get("sequenceNumber").asLong()).toList()).containsExactly(1L, 2L);
        assertThat(api.get("/actuator/health", null).ok().get("status").asString()).isEqualTo("DEGRADED");
        assertThat(meters.get("ledger.dead.letters").gauge().value())
                .as("parked by the active slot's processor only: the inactive slot is not projected").isEqualTo(2.0);
        assertThat(api.post("/api/audit/dead-letters/retries", QueryApi.AUDIT).ok().get("remaining").asLong())
                .as("still unreadable on a retry").isEqualTo(2);

        JsonNode verification = api.get("/api/audit/verification", QueryApi.AUDIT).ok();
        assertThat(verification.get("intact").asBoolean()).isFalse();
        assertThat(verification.get("violations").valueStream()
                .filter(violation -> violation.get("partnershipId").asString().equals(POISONED))
                .map(violation -> violation.get("reason").asString()))
                .anyMatch(reason -> reason.contains("cannot be read back"));

        ReadModelSlot before = slots.active();
        String replayId = api.post("/api/audit/replays", QueryApi.AUDIT).json().get("replayId").asString();
        JsonNode status = api.awaitReplayEnd(replayId);
        assertThat(status.get("status").asString()).isEqualTo("FAILED");
        assertThat(slots.active()).as("an incomplete rebuild never becomes the read model").isEqualTo(before);
    }

    private void insertUnreadableBenchmark(String partnershipId, long sequenceNumber) {
        String tooLong = "9".repeat(20_000);
        String payload = "{\"partnershipId\":\"" + partnershipId + "\",\"entryId\":\"bench-unreadable\","
                + "\"metric\":\"accuracy\",\"value\":" + tooLong + ",\"unit\":\"%\",\"publishedOn\":\"2026-07-01\","
                + "\"source\":{\"url\":\"https://example.org\"}}";
        String metaData = "{\"recordedAt\":\"2026-07-01T09:00:00Z\",\"recordedBy\":\"ana\"}";
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, ?, 'Partnership', ?, 'org.evidenceledger.events.BenchmarkPublished', '3', ?, ?)""")
                .params(UUID.randomUUID().toString(), partnershipId, sequenceNumber, Instant.parse("2026-07-01T09:00:00Z").toString(),
                        payload.getBytes(StandardCharsets.UTF_8), metaData.getBytes(StandardCharsets.UTF_8))
                .update();
    }

    private String activeGroup() {
        return slots.active() == ReadModelSlot.A ? "partnerships-a" : "partnerships-b";
    }

    /**
     * The inactive slot's processor is stopped within half a second of the start (ReplayService): not running,
     * and its worker gone (a processor told to shut down says it is not running while its worker still ends
     * its batch).
     */
    private void awaitOnlyTheActiveSlotProjecting() throws InterruptedException {
        String inactive = slots.active() == ReadModelSlot.A ? "partnerships-b" : "partnerships-a";
        StreamingEventProcessor processor = processing.eventProcessor(inactive, StreamingEventProcessor.class)
                .orElseThrow();
        Instant deadline = Instant.now().plus(QueryApi.CATCH_UP);
        while (processor.isRunning() || !processor.processingStatus().isEmpty()) {
            assertThat(Instant.now()).as(inactive + " stopped").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    private void awaitParked(int parked) throws InterruptedException {
        Instant deadline = Instant.now().plus(QueryApi.CATCH_UP);
        while (jdbc.sql("SELECT COUNT(*) FROM dead_letter_entry").query(Long.class).single() < parked
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
    }
}
