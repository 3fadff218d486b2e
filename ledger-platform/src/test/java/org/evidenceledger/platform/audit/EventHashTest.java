package org.evidenceledger.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The per-event hash form README documents, against hashes computed outside Java, so that an
 * auditor's own script and the ledger agree byte for byte:
 * <pre>
 * md = {"recordedBy": "anaïs", "recordedAt": "2026-06-04T09:00:00Z", "correlationId": "c-1", "traceId": "t-1"}
 * text = "\n".join(["ledger-event-hash-v1", event_id, aggregate_id, "1", payload_type, "3", "ab" * 32,
 *                   json.dumps(md, sort_keys=True, separators=(",", ":"), ensure_ascii=False)]) + "\n"
 * hashlib.sha256((text + payload).encode()).hexdigest()
 * </pre>
 */
class EventHashTest {

    private static final String PAYLOAD =
            "{\"partnershipId\":\"mayo-microsoft-frontier-model\",\"title\":\"Société française\",\"value\":0.90}";

    @Test
    void givenAnEventWithMetadataAndAPreviousHash_whenHashed_thenTheHashIsTheOnePythonComputes() {
        Map<String, Object> metaData = new LinkedHashMap<>();
        metaData.put("traceId", "t-1");
        metaData.put("recordedBy", "anaïs");
        metaData.put(EventHash.HASH, "not covered");
        metaData.put("recordedAt", "2026-06-04T09:00:00Z");
        metaData.put(EventHash.PREVIOUS_HASH, "not covered either");
        metaData.put("correlationId", "c-1");

        String hash = EventHash.of("0b5e6a52-6f2e-4c1e-9a59-3f4a3c1d2e10", "mayo-microsoft-frontier-model", 1,
                "org.evidenceledger.events.BenchmarkPublished", "3", "ab".repeat(32), metaData,
                PAYLOAD.getBytes(StandardCharsets.UTF_8));

        assertThat(hash).isEqualTo("551bf6524d735fc9b3cc7ed677d03313d5ef97444d2350f2c9a8dd7ab8b5a560");
    }

    @Test
    void givenAFirstEventWithoutRevisionOrMetadata_whenHashed_thenAbsentFieldsAreEmptyLines() {
        String hash = EventHash.of("e-0", "p-0", 0, "T", null, null, Map.of(), "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(hash).isEqualTo("07598a3b0c80a774a33aa606a86db65da33d627fbc4b03274b4132f402f1e8ec");
    }
}
