package org.evidenceledger.query.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.evidenceledger.query.testing.Events.announced;
import static org.evidenceledger.query.testing.Events.benchmark;
import static org.evidenceledger.query.testing.Events.validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.evidenceledger.platform.testing.TestClockConfiguration;
import org.evidenceledger.query.testing.QueryApi;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger's log as an outsider sees it: its digests and proofs check out against RFC 9162 and
 * the export alone, bad questions are refused, and neither replays nor redelivery move a leaf.
 */
class LedgerLogTest extends QuerySideHttpTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private EventStore eventStore;

    @Autowired
    private LedgerLogAdmission admission;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void givenRecordedEvents_whenDigestAndProofsAreAsked_thenTheyVerifyAgainstTheExportAlone() {
        record("log-proofs");
        api.awaitAdmitted("log-proofs", 2);

        JsonNode digest = api.get("/api/audit/digest", QueryApi.AUDIT).ok();
        long n = digest.get("treeSize").asLong();
        assertThat(digest.get("issuedAt").asString()).isEqualTo(Instant.parse(TestClockConfiguration.NOW).toString());
        assertThat(digest.get("signature").isNull()).isTrue();
        assertThat(digest.get("keyId").isNull()).isTrue();

        List<JsonNode> export = export();
        List<byte[]> leaves = leavesInOrder(export);
        assertThat(leaves.size()).isGreaterThanOrEqualTo((int) n);
        assertThat(digest.get("rootHash").asString()).isEqualTo(HEX.formatHex(Rfc9162.naiveRoot(leaves.subList(0, (int) n))));

        for (int m = 1; m <= n; m++) {
            JsonNode proof = api.get("/api/audit/consistency?first=" + m + "&second=" + n, QueryApi.AUDIT).ok();
            byte[] firstRoot = Rfc9162.naiveRoot(leaves.subList(0, m));
            assertThat(proof.get("firstRootHash").asString()).isEqualTo(HEX.formatHex(firstRoot));
            assertThat(Rfc9162.verifyConsistency(m, n, firstRoot, HEX.parseHex(digest.get("rootHash").asString()),
                    hashes(proof.get("proof")))).as("consistency of %d with %d", m, n).isTrue();
            assertThat(api.get("/api/audit/digest?treeSize=" + m, QueryApi.AUDIT).ok().get("rootHash").asString())
                    .isEqualTo(HEX.formatHex(firstRoot));
        }
        for (JsonNode line : export) {
            if (!line.get("partnershipId").asString().equals("log-proofs")) {
                continue;
            }
            JsonNode proof = api.get("/api/audit/inclusion?partnershipId=log-proofs&sequenceNumber="
                    + line.get("sequenceNumber").asLong() + "&treeSize=" + n, QueryApi.AUDIT).ok();
            assertThat(proof.get("leafIndex").asLong()).isEqualTo(line.get("leafIndex").asLong());
            byte[] leafHash = Rfc9162.leafHash(HEX.parseHex(line.get("metaData").get("hash").asString()));
            assertThat(Rfc9162.verifyInclusion(proof.get("leafIndex").asLong(), n, leafHash, hashes(proof.get("proof")),
                    HEX.parseHex(proof.get("rootHash").asString()))).isTrue();
        }
    }

    @Test
    void givenTheExport_whenRead_thenItIsInLeafOrderWithEveryLineCarryingItsLeafIndex() {
        record("log-order");
        api.awaitAdmitted("log-order", 2);

        List<JsonNode> export = export();

        for (int i = 0; i < export.size(); i++) {
            assertThat(export.get(i).get("leafIndex").asLong()).isEqualTo(i);
        }
    }

    @Test
    void givenBadQuestions_whenAsked_thenProblemsWithTheirStatus() {
        record("log-refusals");
        api.awaitAdmitted("log-refusals", 2);
        long size = api.get("/api/audit/digest", QueryApi.AUDIT).ok().get("treeSize").asLong();
        long leafIndex = api.get("/api/audit/inclusion?partnershipId=log-refusals&sequenceNumber=2", QueryApi.AUDIT)
                .ok().get("leafIndex").asLong();

        assertThat(api.get("/api/audit/digest?treeSize=0", QueryApi.AUDIT).ok().get("rootHash").asString())
                .isEqualTo(HEX.formatHex(Rfc9162.sha256(new byte[0])));
        for (String query : List.of("digest?treeSize=" + (size + 1), "digest?treeSize=-1", "digest?treeSize=many",
                "consistency?first=0&second=1", "consistency?first=2&second=1", "consistency?first=1&second=" + (size + 1),
                "consistency?second=1", "inclusion?partnershipId=log-refusals", "inclusion?sequenceNumber=0",
                "inclusion?partnershipId=log-refusals&sequenceNumber=x",
                "inclusion?partnershipId=log-refusals&sequenceNumber=2&treeSize=" + leafIndex)) {
            api.get("/api/audit/" + query, QueryApi.AUDIT).problem(400);
        }
        api.get("/api/audit/inclusion?partnershipId=log-refusals&sequenceNumber=3", QueryApi.AUDIT).problem(404);
        api.get("/api/audit/inclusion?partnershipId=no-such-partnership&sequenceNumber=0", QueryApi.AUDIT).problem(404);
        api.get("/api/audit/signing-key", QueryApi.AUDIT).problem(404);
        assertThat(api.get("/api/audit/digest", QueryApi.DASH).status()).isEqualTo(403);
    }

    @Test
    void givenALog_whenTheReadModelsAreReplayed_thenNoLeafMovesAndOldDigestsStand() {
        record("log-replayed");
        api.awaitAdmitted("log-replayed", 2);
        JsonNode before = api.get("/api/audit/digest", QueryApi.AUDIT).ok();
        Map<String, Long> leavesBefore = leafIndexes(export());

        String replayId = api.post("/api/audit/replays", QueryApi.AUDIT).json().get("replayId").asString();
        assertThat(api.awaitReplayEnd(replayId).get("status").asString()).isEqualTo("COMPLETED");

        JsonNode after = api.get("/api/audit/digest?treeSize=" + before.get("treeSize").asLong(), QueryApi.AUDIT).ok();
        assertThat(after.get("rootHash").asString()).isEqualTo(before.get("rootHash").asString());
        assertThat(leafIndexes(export())).containsAllEntriesOf(leavesBefore);
    }

    @Test
    void givenAnAdmittedEvent_whenItIsDeliveredAgain_thenTheLogKeepsItsOneLeaf() {
        record("log-redelivered");
        api.awaitAdmitted("log-redelivered", 2);
        long leafIndex = api.get("/api/audit/inclusion?partnershipId=log-redelivered&sequenceNumber=1", QueryApi.AUDIT)
                .ok().get("leafIndex").asLong();
        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore.readEvents("log-redelivered").forEachRemaining(events::add);

        assertThatCode(() -> new TransactionTemplate(transactions).executeWithoutResult(status ->
                events.forEach(admission::on))).doesNotThrowAnyException();

        assertThat(api.get("/api/audit/inclusion?partnershipId=log-redelivered&sequenceNumber=1", QueryApi.AUDIT)
                .ok().get("leafIndex").asLong()).isEqualTo(leafIndex);
        assertThat(export().stream().filter(line -> line.get("partnershipId").asString().equals("log-redelivered")))
                .hasSize(3);
    }

    private void record(String id) {
        ledger.record("2026-06-04T09:00:00Z", announced(id, "2026-06-04"));
        ledger.record("2026-07-01T09:00:00Z", benchmark(id, "bench-1", "2026-07-01"));
        ledger.record("2026-08-01T09:00:00Z", validation(id, "validation-1", "2026-08-01"));
    }

    private List<JsonNode> export() {
        String body = api.get("/api/audit/export", QueryApi.AUDIT).body();
        return body.lines().map(JSON::readTree).toList();
    }

    static List<byte[]> leavesInOrder(List<JsonNode> export) {
        List<byte[]> leaves = new ArrayList<>();
        for (JsonNode line : export) {
            if (!line.get("leafIndex").isNull()) {
                assertThat(line.get("leafIndex").asLong()).isEqualTo(leaves.size());
                leaves.add(HEX.parseHex(line.get("metaData").get("hash").asString()));
            }
        }
        return leaves;
    }

    private static Map<String, Long> leafIndexes(List<JsonNode> export) {
        Map<String, Long> indexes = new HashMap<>();
        export.stream().filter(line -> !line.get("leafIndex").isNull())
                .forEach(line -> indexes.put(line.get("eventIdentifier").asString(), line.get("leafIndex").asLong()));
        return indexes;
    }

    private static List<byte[]> hashes(JsonNode array) {
        return array.valueStream().map(node -> HEX.parseHex(node.asString())).toList();
    }
}
