package org.evidenceledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;
import static org.evidenceledger.query.testing.Events.benchmark;
import static org.evidenceledger.query.testing.Events.validation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.evidenceledger.boot.QuerySideApplication;
import org.evidenceledger.query.testing.QueryApi;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Alters the stored events with plain SQL, as an operator could, and expects the audit to find it. */
@TestPropertySource(properties = "ledger.test.purpose=tamper")
@DirtiesContext
class TamperEvidenceTest extends QuerySideHttpTest {

    @Autowired
    private JdbcClient jdbc;

    @Value("${ledger.data-dir}")
    private String dataDirectory;

    @Test
    void givenStoredEvents_whenRowsAreAlteredRemovedTruncatedOrTheirRecorderChanged_thenVerificationReportsEachAndTheCommandLineFails() {
        record("tamper-altered");
        record("tamper-removed");
        record("tamper-truncated");
        record("tamper-untouched");
        record("tamper-recorder");
        api.awaitVersion("tamper-truncated", 2);
        api.awaitVersion("tamper-recorder", 2);
        assertThat(verification().get("intact").asBoolean()).isTrue();
        assertThat(AuditCommandLine.run(QuerySideApplication.class, commandLine())).isZero();
        api.awaitAdmitted("tamper-removed", 1);

        String payload = jdbc.sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1")
                .param("tamper-altered").query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.UTF_8)).single();
        jdbc.sql("UPDATE domain_event_entry SET payload = ? WHERE aggregate_identifier = ? AND sequence_number = 1")
                .params(payload.replace("0.91", "0.99").getBytes(StandardCharsets.UTF_8), "tamper-altered").update();
        jdbc.sql("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1")
                .param("tamper-removed").update();
        String metaData = jdbc.sql("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 2")
                .param("tamper-recorder").query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.UTF_8)).single();
        assertThat(metaData).contains("\"recordedBy\":\"ana\"");
        jdbc.sql("UPDATE domain_event_entry SET meta_data = ? WHERE aggregate_identifier = ? AND sequence_number = 2")
                .params(metaData.replace("\"recordedBy\":\"ana\"", "\"recordedBy\":\"mallory\"").getBytes(StandardCharsets.UTF_8),
                        "tamper-recorder").update();
        jdbc.sql("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 2")
                .param("tamper-truncated").update();

        JsonNode report = verification();

        assertThat(report.get("intact").asBoolean()).isFalse();
        List<String> found = report.get("violations").valueStream()
                .map(v -> v.get("partnershipId").asString() + "#" + v.get("sequenceNumber").asLong())
                .toList();
        assertThat(found).contains("tamper-altered#1", "tamper-removed#1", "tamper-removed#2", "tamper-truncated#2", "tamper-recorder#2");
        assertThat(found).noneMatch(violation -> violation.startsWith("tamper-untouched"));
        assertThat(report.get("violations").valueStream()
                .filter(v -> v.get("partnershipId").asString().equals("tamper-altered"))
                .map(v -> v.get("reason").asString()))
                .anyMatch(reason -> reason.contains("altered"));
        assertThat(AuditCommandLine.run(QuerySideApplication.class, commandLine())).isEqualTo(1);
    }

    private void record(String id) {
        ledger.record("2026-06-04T09:00:00Z", announced(id, "2026-06-04"));
        ledger.record("2026-07-01T09:00:00Z", benchmark(id, "bench-1", "2026-07-01"));
        ledger.record("2026-08-01T09:00:00Z", validation(id, "validation-1", "2026-08-01"));
    }

    private JsonNode verification() {
        return api.get("/api/audit/verification", QueryApi.AUDIT).ok();
    }

    private String[] commandLine() {
        return new String[] {"verify", "--ledger.data-dir=" + dataDirectory, "--server.port=0"};
    }
}
