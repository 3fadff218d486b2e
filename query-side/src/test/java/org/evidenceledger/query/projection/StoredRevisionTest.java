package org.evidenceledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.evidenceledger.events.BenchmarkPublished;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** A revision-1 BenchmarkPublished row, as an earlier release stored it, read by this release as revision 3. */
@TestPropertySource(properties = "ledger.test.purpose=stored-revision")
@DirtiesContext
class StoredRevisionTest extends QuerySideHttpTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private EventStore eventStore;

    @Test
    void givenARevision1EventInTheStore_whenReadAndProjected_thenItHasTheNewestShape() {
        ledger.record("2026-06-04T09:00:00Z", announced("stored-revision-one", "2026-06-04"));
        String revision1 = """
                {"partnershipId":"stored-revision-one","entryId":"benchmark-1","metric":"diagnostic accuracy",\
                "value":0.91,"unit":"AUROC","publishedOn":"2026-07-01","source":{"url":"https://example.org/paper",\
                "publisher":null,"title":null},"dataset":null,"comparator":null,"independent":false,"peerReviewed":true}""";
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES ('stored-revision-event', 'stored-revision-one', 1, 'Partnership', '2026-07-01T10:00:00Z',
                            ?, '1', ?, ?)""")
                .params(BenchmarkPublished.class.getName(), revision1.getBytes(StandardCharsets.UTF_8),
                        "{\"recordedAt\":\"2026-07-01T10:00:00Z\",\"recordedBy\":\"ana\"}".getBytes(StandardCharsets.UTF_8))
                .update();

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents("stored-revision-one").asStream().toList();

        assertThat(events).hasSize(2);
        BenchmarkPublished benchmark = (BenchmarkPublished) events.get(1).getPayload();
        assertThat(benchmark.metric()).isEqualTo("diagnostic accuracy");
        assertThat(benchmark.peerReviewed()).isTrue();
        assertThat(benchmark.sampleSize()).isNull();
        assertThat(benchmark.measure()).isNull();
        JsonNode summary = api.awaitVersion("stored-revision-one", 1);
        assertThat(summary.get("benchmarks").asInt()).isEqualTo(1);
        JsonNode details = api.timeline("stored-revision-one").get("entries").get(1).get("details");
        assertThat(details.has("sampleSize")).isTrue();
        assertThat(details.get("sampleSize").isNull()).isTrue();
        assertThat(details.has("measure")).isTrue();
        assertThat(details.get("measure").isNull()).isTrue();
    }
}
