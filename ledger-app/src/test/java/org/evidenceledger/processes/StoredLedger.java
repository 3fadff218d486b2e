package org.evidenceledger.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** What an auditor reads back after the fact: the raw streams and the verification report. */
final class StoredLedger {

    private StoredLedger() {
    }

    /** Acknowledged commands absent from the raw streams: an entry id at the version its 201 answered. */
    static List<Writers.Ack> missing(URI queryNode, List<Writers.Ack> acks) {
        LedgerHttp http = new LedgerHttp();
        Map<String, Map<Long, String>> streams = new HashMap<>();
        List<Writers.Ack> missing = new ArrayList<>();
        for (Writers.Ack ack : acks) {
            Map<Long, String> stream = streams.computeIfAbsent(ack.partnershipId(), id -> {
                Map<Long, String> entries = new HashMap<>();
                for (JsonNode event : http.audit(queryNode, "/api/audit/partnerships/" + id + "/events")) {
                    entries.put(event.get("sequenceNumber").asLong(), event.get("payload").path("entryId").asString(null));
                }
                return entries;
            });
            if (!ack.entryId().equals(stream.get(ack.version()))) {
                missing.add(ack);
            }
        }
        return missing;
    }

    /**
     * Partnerships whose summary, as the list query shows it, still lacks an acknowledged entry once
     * {@code within} has passed: each with the version it shows and the highest one acknowledged.
     */
    static List<String> queriesBehind(URI queryNode, List<Writers.Ack> acks, Duration within) throws InterruptedException {
        Map<String, Long> acknowledged = new TreeMap<>();
        acks.forEach(ack -> acknowledged.merge(ack.partnershipId(), ack.version(), Math::max));
        LedgerHttp http = new LedgerHttp();
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Map<String, Long> shown = new HashMap<>();
            for (JsonNode summary : http.audit(queryNode, "/api/partnerships?size=200").get("items")) {
                shown.put(summary.get("partnershipId").asString(), summary.get("version").asLong());
            }
            List<String> behind = acknowledged.entrySet().stream()
                    .filter(entry -> shown.getOrDefault(entry.getKey(), -1L) < entry.getValue())
                    .map(entry -> entry.getKey() + " shows " + shown.get(entry.getKey()) + " of " + entry.getValue())
                    .toList();
            if (behind.isEmpty() || System.nanoTime() > deadline) {
                return behind;
            }
            Thread.sleep(50);
        }
    }

    /** GET /api/audit/verification answers intact, over at least the given number of events. */
    static void assertIntact(URI queryNode, long atLeastEvents) {
        JsonNode report = new LedgerHttp().audit(queryNode, "/api/audit/verification");
        assertThat(report.get("intact").asBoolean()).as("verification %s", report).isTrue();
        assertThat(report.get("events").asLong()).isGreaterThanOrEqualTo(atLeastEvents);
    }
}
