package org.evidenceledger.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;

import org.evidenceledger.query.testing.QueryApi;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The query API answers VIEWER and AUDITOR accounts only: 401 without credentials, 403 for intake staff and for
 * operators (who read metrics, not ledger data).
 */
class QueryAccessTest extends QuerySideHttpTest {

    private static final String ID = "access-partnership";

    @BeforeEach
    void recordOnePartnership() {
        if (api.get("/api/partnerships/" + ID).status() != 200) {
            api.awaitVersion(ID, ledger.record("2026-06-04T10:00:00Z", announced(ID, "2026-06-04")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/partnerships", "/api/partnerships/" + ID, "/api/partnerships/" + ID + "/timeline",
            "/api/dashboard", "/api/organizations", "/api/partnerships?asOf=2026-11-24"})
    void everyQueryNeedsAReadingRole(String path) {
        QueryApi.Answer anonymous = api.get(path, null);
        anonymous.problem(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        api.get(path, new QueryApi.Account("dash", "wrong-password")).problem(401);
        api.get(path, QueryApi.ANA).problem(403);
        api.get(path, QueryApi.OPS).problem(403);

        assertThat(api.get(path, QueryApi.DASH).status()).isEqualTo(200);
        assertThat(api.get(path, QueryApi.AUDIT).status()).isEqualTo(200);
    }

    @Test
    void theLiveStreamNeedsAReadingRoleToo() {
        api.get("/api/stream", null).problem(401);
        api.get("/api/stream", QueryApi.ANA).problem(403);
        api.get("/api/stream", QueryApi.OPS).problem(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/audit/verification", "/api/audit/export", "/api/audit/partnerships/" + ID + "/events",
            "/api/audit/digest"})
    void theAuditIsTheAuditorsAlone(String path) {
        api.get(path, null).problem(401);
        api.get(path, QueryApi.OPS).problem(403);
        api.get(path, QueryApi.DASH).problem(403);
        assertThat(api.get(path, QueryApi.AUDIT).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/api/admin/backups/any"})
    void operationsAreTheOperatorsAlone(String path) {
        api.get(path, null).problem(401);
        for (QueryApi.Account other : new QueryApi.Account[] {QueryApi.ANA, QueryApi.DASH, QueryApi.AUDIT}) {
            api.get(path, other).problem(403);
        }
        // this client asks for JSON, so Prometheus text answers 406 to it: past security, which is the point here
        assertThat(api.get(path, QueryApi.OPS).status()).isIn(200, 404, 406);
    }
}
