package org.evidenceledger.query.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;
import static org.evidenceledger.query.testing.Events.benchmark;
import static org.evidenceledger.query.testing.Events.deployment;
import static org.evidenceledger.query.testing.Events.outcome;
import static org.evidenceledger.query.testing.Events.retraction;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.evidenceledger.query.testing.QueryApi;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

@TestPropertySource(properties = "ledger.test.purpose=replay")
@DirtiesContext
class ReplayTest extends QuerySideHttpTest {

    private static final int PARTNERSHIPS = 40;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ReadModelSlots slots;

    @Test
    void givenALedger_whenReplayed_thenTheRebuiltReadModelsEqualTheOldOnesAndCommandsDuringTheReplayAreIn() throws Exception {
        for (int i = 0; i < PARTNERSHIPS; i++) {
            record("replay-" + i);
        }
        for (int i = 0; i < PARTNERSHIPS; i++) {
            api.awaitVersion("replay-" + i, 4);
        }
        ReadModelSlot before = slots.active();
        JsonNode listBefore = api.ok("/api/partnerships?size=200");
        JsonNode dashboardBefore = api.ok("/api/dashboard");
        JsonNode timelineBefore = api.timeline("replay-7");

        QueryApi.Answer started = api.post("/api/audit/replays", QueryApi.AUDIT);
        assertThat(started.status()).isEqualTo(202);
        String replayId = started.json().get("replayId").asString();
        ledger.record("2026-11-20T09:00:00Z", announced("replay-during", "2026-11-20"));

        JsonNode status = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            status = api.get("/api/audit/replays/" + replayId, QueryApi.AUDIT).ok();
            if (!status.get("status").asString().equals("RUNNING")) {
                break;
            }
            assertThat(api.ok("/api/partnerships?size=200").get("total").asLong())
                    .as("queries answer from a complete read model while the replay runs")
                    .isGreaterThanOrEqualTo(PARTNERSHIPS);
            Thread.sleep(20);
        }

        assertThat(status.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(status.get("eventsProcessed").asLong()).isEqualTo(status.get("totalEvents").asLong());
        assertThat(status.get("totalEvents").asLong()).isEqualTo(PARTNERSHIPS * 5L + 1);
        assertThat(status.get("startedAt").isNull()).isFalse();
        assertThat(status.get("completedAt").isNull()).isFalse();
        assertThat(slots.active()).isEqualTo(before.other());
        api.awaitVersion("replay-during", 0);
        assertThat(api.ok("/api/partnerships?size=200").get("total").asLong()).isEqualTo(PARTNERSHIPS + 1);
        assertThat(api.timeline("replay-7")).isEqualTo(timelineBefore);
        JsonNode dashboardAfter = api.ok("/api/dashboard");
        assertThat(dashboardAfter.get("byStage").get("CLINICALLY_DEPLOYED").asLong())
                .isEqualTo(dashboardBefore.get("byStage").get("CLINICALLY_DEPLOYED").asLong());
        assertThat(listBefore.get("items").get(0).get("partnershipId").asString()).startsWith("replay-");

        for (String table : List.of("timeline_entry", "partnership_current", "partnership_summary", "partnership_party",
                "standing_figure", "waiting_day")) {
            assertThat(rows(table, ReadModelSlot.A)).as(table).isEqualTo(rows(table, ReadModelSlot.B));
        }
    }

    @Test
    void givenAnUnknownReplay_whenAsked_thenNotFound() {
        api.get("/api/audit/replays/no-such-replay", QueryApi.AUDIT).problem(404);
    }

    private void record(String id) {
        ledger.record("2026-06-04T09:00:00Z", announced(id, "2026-06-04"));
        ledger.record("2026-07-01T09:00:00Z", benchmark(id, "bench-1", "2026-07-01"));
        ledger.record("2026-08-01T09:00:00Z", deployment(id, "deploy-1", "2026-08-01"));
        ledger.record("2026-09-01T09:00:00Z", outcome(id, "outcome-1", "2026-09-01"));
        ledger.record("2026-09-02T09:00:00Z", retraction(id, "retraction-1", "outcome-1", "2026-09-02", "miscounted"));
    }

    /** A slot's rows without the slot column, in a fixed order, for comparing slots. */
    private List<Map<String, Object>> rows(String table, ReadModelSlot slot) {
        String order = switch (table) {
            case "timeline_entry" -> "partnership_id, entry_id";
            case "partnership_current" -> "partnership_id";
            case "partnership_summary" -> "partnership_id, version";
            case "standing_figure" -> "scope, revision";
            case "waiting_day" -> "scope, announced_on";
            default -> "partnership_id, position";
        };
        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM " + table + " WHERE slot = ? ORDER BY " + order)
                .param(slot.value()).query().listOfRows();
        rows.forEach(row -> row.remove("SLOT"));
        return rows.stream().map(row -> {
            Map<String, Object> copy = new java.util.TreeMap<>();
            row.forEach((key, value) -> copy.put(key.toLowerCase(), String.valueOf(value)));
            return (Map<String, Object>) copy;
        }).toList();
    }
}
