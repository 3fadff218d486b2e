package org.evidenceledger.command.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.evidenceledger.boot.CommandSideApplication;
import org.evidenceledger.command.endtoend.LedgerHttp.Answer;
import org.evidenceledger.platform.testing.TestClockConfiguration;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The command side against a real Axon Server: commands, their events and their refusals go through it.
 * No Axon Server can be had on the machines this is built on (STACK.md), so this is skipped unless
 * {@code AXON_SERVER_TEST_SERVERS} names one (host:port, a fresh context: partnership ids are random).
 */
@EnabledIfEnvironmentVariable(named = "AXON_SERVER_TEST_SERVERS", matches = ".+")
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "ledger.security.users=" + LedgerHttp.USERS)
@ActiveProfiles("axonserver")
@Import(TestClockConfiguration.class)
class AxonServerRoundTripTest {

    @LocalServerPort
    private int port;

    private LedgerHttp http;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestDataDirectories.create("axonserver-round-trip").toString());
        registry.add("axon.axonserver.servers", () -> System.getenv("AXON_SERVER_TEST_SERVERS"));
    }

    @BeforeEach
    void connect() {
        http = new LedgerHttp(port);
    }

    @Test
    void commandsAndRefusalsGoThroughAxonServer() {
        String id = "axon-server-" + UUID.randomUUID().toString().substring(0, 8);
        Answer announced = http.post("/api/partnerships", Bodies.announcement(id));
        assertThat(announced.created().get("version").asLong()).isZero();

        JsonNode duplicate = http.post("/api/partnerships", Bodies.announcement(id)).problem(409);
        assertThat(duplicate.get("title").asString()).isEqualTo("Partnership already recorded");

        JsonNode stale = http.post("/api/partnerships/" + id + "/benchmarks", Bodies.benchmark("2026-09-15"),
                "If-Match", "\"7\"").problem(412);
        assertThat(stale.get("title").asString()).isEqualTo("Version does not match If-Match");

        assertThat(http.post("/api/partnerships/" + id + "/benchmarks", Bodies.benchmark("2026-09-15"),
                "If-Match", "\"0\"").created().get("version").asLong()).isEqualTo(1);
    }
}
