package org.evidenceledger.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** GET /api/audit/verification answers intact, over at least the given number of events. */
    static void assertIntact(URI queryNode, long atLeastEvents) {
        JsonNode report = new LedgerHttp().audit(queryNode, "/api/audit/verification");
        assertThat(report.get("intact").asBoolean()).as("verification %s", report).isTrue();
        assertThat(report.get("events").asLong()).isGreaterThanOrEqualTo(atLeastEvents);
    }
}
