package org.evidenceledger.query.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;
import static org.evidenceledger.query.testing.Events.benchmark;
import static org.evidenceledger.query.testing.Events.deployment;
import static org.evidenceledger.query.testing.Events.retraction;
import static org.evidenceledger.query.testing.Events.timeline;
import static org.evidenceledger.query.testing.Events.validation;
import static org.evidenceledger.query.testing.Json.column;
import static org.evidenceledger.query.testing.Json.text;

import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET /api/partnerships/{id}/timeline: every entry, in order of occurredOn then recordedAt, with who recorded it. */
class TimelineTest extends QuerySideHttpTest {

    @Test
    void givenEntriesRecordedOutOfWorldOrder_thenTheTimelineFollowsOccurredOnThenRecordedAt() {
        String id = "tl-order";
        ledger.record("2026-06-04T10:00:00Z", "ana", announced(id, "2026-06-04"));
        ledger.record("2026-08-01T09:00:00Z", "ana", benchmark(id, "bench-july-10", "2026-07-10"));
        ledger.record("2026-08-02T09:00:00Z", "bea", validation(id, "valid-july-5", "2026-07-05"));
        ledger.record("2026-08-03T08:00:00Z", "bea", benchmark(id, "zeta-same-day", "2026-07-20"));
        long version = ledger.record("2026-08-03T09:30:00Z", "ana", benchmark(id, "alpha-same-day", "2026-07-20"));
        api.awaitVersion(id, version);

        JsonNode timeline = api.timeline(id);

        assertThat(text(timeline, "partnershipId")).isEqualTo(id);
        JsonNode entries = timeline.get("entries");
        assertThat(column(entries, "entryId")).containsExactly(
                "announcement", "valid-july-5", "bench-july-10", "zeta-same-day", "alpha-same-day");
        assertThat(column(entries, "type")).containsExactly(
                "ANNOUNCEMENT", "INDEPENDENT_VALIDATION", "BENCHMARK", "BENCHMARK", "BENCHMARK");
        assertThat(column(entries, "occurredOn")).containsExactly(
                "2026-06-04", "2026-07-05", "2026-07-10", "2026-07-20", "2026-07-20");
        assertThat(column(entries, "recordedAt")).containsExactly("2026-06-04T10:00:00Z", "2026-08-02T09:00:00Z",
                "2026-08-01T09:00:00Z", "2026-08-03T08:00:00Z", "2026-08-03T09:30:00Z");
        assertThat(column(entries, "recordedBy")).containsExactly("ana", "bea", "ana", "bea", "ana");
        assertThat(column(entries, "retracted")).containsOnly("false");
    }

    @Test
    void eachEntryShowsItsSourceAndItsOwnFields() {
        String id = "tl-details";
        ledger.record("2026-06-04T10:00:00Z", announced(id, "2026-06-04"));
        ledger.record("2026-06-20T10:00:00Z", benchmark(id, "bench-1", "2026-06-19"));
        long version = ledger.record("2026-07-01T10:00:00Z", timeline(id, "timeline-1", "2026-07-01", "2027-02-01"));
        api.awaitVersion(id, version);

        JsonNode entries = api.timeline(id).get("entries");

        JsonNode announcement = entries.get(0);
        assertThat(text(announcement.get("details"), "title")).isEqualTo("Partnership " + id);
        assertThat(text(announcement.get("details"), "announcedOn")).isEqualTo("2026-06-04");
        JsonNode benchmark = entries.get(1);
        assertThat(text(benchmark.get("source"), "url")).isEqualTo("https://example.org/papers/bench-1");
        assertThat(text(benchmark.get("source"), "publisher")).isEqualTo("example publisher");
        assertThat(text(benchmark.get("source"), "title")).isEqualTo("Title of papers/bench-1");
        JsonNode details = benchmark.get("details");
        assertThat(text(details, "metric")).isEqualTo("AUROC");
        assertThat(details.get("value").decimalValue()).isEqualByComparingTo("0.91");
        assertThat(text(details, "publishedOn")).isEqualTo("2026-06-19");
        assertThat(details.get("peerReviewed").asBoolean()).isTrue();
        assertThat(text(benchmark, "retractionReason")).isNull();
        JsonNode deploymentTimeline = entries.get(2);
        assertThat(text(deploymentTimeline, "type")).isEqualTo("DEPLOYMENT_TIMELINE");
        assertThat(text(deploymentTimeline.get("details"), "targetDate")).isEqualTo("2027-02-01");
    }

    @Test
    void givenARetraction_thenTheEntryStaysMarkedRetractedWithTheReason_andTheRetractionIsAnEntryToo() {
        String id = "tl-retraction";
        ledger.record("2026-06-04T10:00:00Z", announced(id, "2026-06-04"));
        ledger.record("2026-06-20T10:00:00Z", "ana", deployment(id, "deploy-1", "2026-06-19"));
        ledger.record("2026-06-21T10:00:00Z", "ana", validation(id, "valid-1", "2026-06-21"));
        long version = ledger.record("2026-07-02T11:00:00Z", "bea",
                retraction(id, "retract-deploy", "deploy-1", "2026-07-02", "the pilot was cancelled before go-live"));
        api.awaitVersion(id, version);

        JsonNode entries = api.timeline(id).get("entries");

        assertThat(column(entries, "entryId")).containsExactly("announcement", "deploy-1", "valid-1", "retract-deploy");
        assertThat(column(entries, "retracted")).containsExactly("false", "true", "false", "false");
        assertThat(column(entries, "retractionReason"))
                .containsExactly(null, "the pilot was cancelled before go-live", null, null);
        JsonNode retraction = entries.get(3);
        assertThat(text(retraction, "type")).isEqualTo("RETRACTION");
        assertThat(text(retraction, "occurredOn")).isEqualTo("2026-07-02");
        assertThat(text(retraction, "recordedBy")).isEqualTo("bea");
        assertThat(text(retraction.get("details"), "retractedEntryId")).isEqualTo("deploy-1");
        assertThat(text(retraction.get("details"), "reason")).isEqualTo("the pilot was cancelled before go-live");
        assertThat(text(entries.get(1), "recordedAt")).as("the retracted entry keeps its own record")
                .isEqualTo("2026-06-20T10:00:00Z");
        assertThat(text(entries.get(1).get("details"), "site")).isEqualTo("Rochester campus");
    }
}
