package org.evidenceledger.query.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;
import static org.evidenceledger.query.testing.Events.benchmark;
import static org.evidenceledger.query.testing.Events.party;
import static org.evidenceledger.query.testing.Events.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidenceledger.boot.QuerySideApplication;
import org.evidenceledger.events.PartyRole;
import org.evidenceledger.platform.audit.EventHash;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.evidenceledger.query.audit.AuditCommandLine;
import org.evidenceledger.query.testing.QueryApi;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18's insider: rewrites one stream in SQL and recomputes its hashes with the documented
 * form, so the stream's own chain still verifies. A digest saved before gives it away, both to the
 * service and to the outsider's script.
 */
@TestPropertySource(properties = "ledger.test.purpose=insider-rewrite")
@DirtiesContext
class InsiderRewriteTest extends QuerySideHttpTest {

    private static final String STREAM = "insider-rewritten";
    private static final Duration ADMISSION = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private JdbcClient jdbc;

    @Value("${ledger.data-dir}")
    private String dataDirectory;

    @Test
    void givenASavedDigest_whenAStreamIsRewrittenConsistentlyInSql_thenTheServiceAndTheScriptReportIt() throws Exception {
        ledger.record("2026-06-04T09:00:00Z", announced(STREAM, "Mayo Clinic and a model maker", "2026-06-04",
                party("Mayo Clinic", PartyRole.MODEL_OWNER)));
        ledger.record("2026-07-01T09:00:00Z", benchmark(STREAM, "bench-1", "2026-07-01"));
        ledger.record("2026-08-01T09:00:00Z", validation(STREAM, "validation-1", "2026-08-01"));
        ledger.record("2026-06-04T09:00:00Z", announced("insider-untouched", "2026-06-04"));
        awaitLogSize(4);
        Path work = TestDataDirectories.create("insider");
        String savedDigest = api.get("/api/audit/digest", QueryApi.AUDIT).ok().toString();
        Files.writeString(work.resolve("saved.json"), savedDigest);
        assertThat(script(work)).as("the script on the untouched export").isZero();

        rewrite(STREAM, "Mayo Clinic", "Maya Clinic");

        JsonNode report = api.get("/api/audit/verification", QueryApi.AUDIT).ok();
        assertThat(report.get("intact").asBoolean()).isFalse();
        List<String> reasons = report.get("violations").valueStream()
                .filter(violation -> violation.get("partnershipId").asString().equals(STREAM))
                .map(violation -> violation.get("sequenceNumber").asLong() + ": " + violation.get("reason").asString())
                .toList();
        assertThat(reasons).hasSize(3).allMatch(reason -> reason.contains("leaf"));
        assertThat(report.get("violations").valueStream()
                .map(violation -> violation.get("partnershipId").asString())).containsOnly(STREAM);
        assertThat(AuditCommandLine.run(QuerySideApplication.class, new String[] {"verify",
                "--ledger.data-dir=" + dataDirectory, "--server.port=0"})).isEqualTo(1);

        JsonNode saved = JSON.readTree(savedDigest);
        List<JsonNode> export = export(work);
        int n = saved.get("treeSize").asInt();
        List<byte[]> leaves = LedgerLogTest.leavesInOrder(export);
        assertThat(HexFormat.of().formatHex(Rfc9162.naiveRoot(leaves.subList(0, n))))
                .isNotEqualTo(saved.get("rootHash").asString());
        assertThat(script(work)).as("the script on the rewritten export").isEqualTo(1);
    }

    /** What the insider does: edit the payloads, then recompute every hash of the stream in order. */
    private void rewrite(String stream, String from, String to) {
        record Row(String eventIdentifier, long sequenceNumber, String payloadType, String payloadRevision,
                   byte[] payload, String metaData) {
        }
        List<Row> rows = jdbc.sql("SELECT event_identifier, sequence_number, payload_type, payload_revision, payload, meta_data"
                        + " FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number")
                .param(stream)
                .query((rs, i) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getBytes(5), new String(rs.getBytes(6), StandardCharsets.UTF_8)))
                .list();
        String previous = null;
        for (Row row : rows) {
            byte[] payload = new String(row.payload(), StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
            Map<String, Object> metaData = JSON.readValue(row.metaData(), new TypeReference<LinkedHashMap<String, Object>>() {
            });
            String hash = EventHash.of(row.eventIdentifier(), stream, row.sequenceNumber(), row.payloadType(),
                    row.payloadRevision(), previous, metaData, payload);
            metaData.put(EventHash.HASH, hash);
            if (previous != null) {
                metaData.put(EventHash.PREVIOUS_HASH, previous);
            }
            jdbc.sql("UPDATE domain_event_entry SET payload = ?, meta_data = ? WHERE event_identifier = ?")
                    .params(payload, JSON.writeValueAsString(metaData).getBytes(StandardCharsets.UTF_8), row.eventIdentifier())
                    .update();
            previous = hash;
        }
    }

    private int script(Path work) throws IOException, InterruptedException {
        export(work);
        Process process = new ProcessBuilder("python3", Path.of("..", "scripts", "verify-export.py").toAbsolutePath().toString(),
                work.resolve("export.ndjson").toString(), "--digest", work.resolve("saved.json").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("script.out").toFile()).start();
        return process.waitFor();
    }

    private List<JsonNode> export(Path work) throws IOException {
        String body = api.get("/api/audit/export", QueryApi.AUDIT).body();
        Files.writeString(work.resolve("export.ndjson"), body);
        return body.lines().map(JSON::readTree).toList();
    }

    private void awaitLogSize(long size) throws InterruptedException {
        long deadline = System.nanoTime() + ADMISSION.toNanos();
        while (api.get("/api/audit/digest", QueryApi.AUDIT).ok().get("treeSize").asLong() < size) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the log did not reach " + size + " leaves");
            }
            Thread.sleep(20);
        }
    }
}
