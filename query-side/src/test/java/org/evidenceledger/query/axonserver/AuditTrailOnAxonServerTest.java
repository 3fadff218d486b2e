package org.evidenceledger.query.axonserver;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidenceledger.platform.web.ProblemResponses;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Which paths read the hash-chained event table, and so answer 501 when the events are Axon Server's. */
class AuditTrailOnAxonServerTest {

    private final AuditTrailOnAxonServer filter = new AuditTrailOnAxonServer(new ProblemResponses(JsonMapper.builder().build()));

    @Test
    void theStreamsTheExportTheVerificationAndTheLogAreRefused() throws Exception {
        for (String path : new String[] {"/api/audit/partnerships/p/events", "/api/audit/export",
                "/api/audit/verification", "/api/audit/digest", "/api/audit/consistency", "/api/audit/inclusion"}) {
            MockHttpServletResponse response = through(path);
            assertThat(response.getStatus()).as(path).isEqualTo(501);
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
            assertThat(response.getContentAsString()).contains("\"type\":\"urn:problem:ledger:501\"");
        }
    }

    @Test
    void everythingElseGoesOn() throws Exception {
        for (String path : new String[] {"/api/audit/replays", "/api/audit/dead-letters", "/api/audit/signing-key",
                "/api/partnerships/p", "/api/audit/partnerships/p"}) {
            assertThat(through(path).getStatus()).as(path).isEqualTo(200);
        }
    }

    private MockHttpServletResponse through(String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());
        return response;
    }
}
