package org.evidenceledger.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET /api/stream: an event named partnership with the summary each time a command changes one. */
class LiveStreamTest extends LedgerAppHttpTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void aCommandReachesAnOpenStreamAsAPartnershipEventWithItsVersion() throws Exception {
        HttpResponse<InputStream> response = ledger.openStream();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));

        try (ServerSentEvents stream = new ServerSentEvents(response.body())) {
            stream.await(event -> event.comment() != null, WAIT);

            long announced = ledger.command("/api/partnerships", announcement("e2e-live", "Live Stream Org", "2026-06-04"))
                    .get("version").asLong();
            JsonNode first = summaryOf(stream.await(event -> about(event, "e2e-live", announced), WAIT));
            assertThat(first.get("stage").asString()).isEqualTo("ANNOUNCED");
            assertThat(first.get("daysWithoutOutcomeData").asLong()).isEqualTo(173);

            long benchmarked = ledger.command("/api/partnerships/e2e-live/benchmarks", benchmark("2026-07-01"))
                    .get("version").asLong();
            JsonNode second = summaryOf(stream.await(event -> about(event, "e2e-live", benchmarked), WAIT));
            assertThat(second.get("version").asLong()).isEqualTo(1);
            assertThat(second.get("stage").asString()).isEqualTo("BENCHMARKED");
            assertThat(second.get("benchmarks").asLong()).isEqualTo(1);
        }
    }

    @Test
    void aClientThatClosesItsStreamBreaksNothing_laterCommandsAreRecordedProjectedAndStreamed() throws Exception {
        ServerSentEvents gone = new ServerSentEvents(ledger.openStream().body());
        gone.await(event -> event.comment() != null, WAIT);
        gone.close();
        assertThat(gone.readerStopped(WAIT)).as("the client's stream ended").isTrue();

        long version = ledger.command("/api/partnerships", announcement("e2e-after-close", "After Close Org", "2026-06-04"))
                .get("version").asLong();
        for (String day : new String[] {"2026-07-01", "2026-07-02", "2026-07-03"}) {
            version = ledger.command("/api/partnerships/e2e-after-close/benchmarks", benchmark(day)).get("version").asLong();
        }
        assertThat(version).isEqualTo(3);
        JsonNode summary = ledger.query("/api/partnerships/e2e-after-close?minVersion=3");
        assertThat(summary.get("version").asLong()).isEqualTo(3);
        assertThat(summary.get("benchmarks").asLong()).isEqualTo(3);

        try (ServerSentEvents stream = new ServerSentEvents(ledger.openStream().body())) {
            stream.await(event -> event.comment() != null, WAIT);
            long next = ledger.command("/api/partnerships/e2e-after-close/benchmarks", benchmark("2026-07-04"))
                    .get("version").asLong();
            JsonNode streamed = summaryOf(stream.await(event -> about(event, "e2e-after-close", next), WAIT));
            assertThat(streamed.get("benchmarks").asLong()).isEqualTo(4);
        }
    }

    private static boolean about(ServerSentEvents.Event event, String partnershipId, long version) {
        if (!"partnership".equals(event.name())) {
            return false;
        }
        JsonNode summary = summaryOf(event);
        return summary.get("partnershipId").asString().equals(partnershipId) && summary.get("version").asLong() == version;
    }

    private static JsonNode summaryOf(ServerSentEvents.Event event) {
        return LedgerClient.JSON.readTree(event.data());
    }
}
