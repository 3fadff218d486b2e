package org.evidenceledger.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.evidenceledger.boot.LedgerApplication;
import org.evidenceledger.platform.testing.TestClockConfiguration;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * LEDGER_DEMO=true as a newcomer starts it, twice on one data directory: the first start fills the
 * empty ledger through the command path, the second finds it full and adds nothing.
 */
class DemoLedgerTest {

    private static final String REFERENCE = "/api/partnerships/mayo-microsoft-frontier-model";
    private static final List<String> STAGES = List.of("ANNOUNCED", "BENCHMARKED", "INDEPENDENTLY_VALIDATED",
            "CLINICALLY_DEPLOYED", "OUTCOMES_REPORTED");

    @Test
    void givenAnEmptyLedger_whenStartedWithTheDemoSwitchTwice_thenItHoldsTheDemoLedgerOnceAndItVerifies() {
        Path dataDirectory = TestDataDirectories.create("demo-ledger");
        long eventsAfterFirstStart;
        try (ConfigurableApplicationContext first = start(dataDirectory)) {
            LedgerClient ledger = new LedgerClient(port(first));
            // The demo is recorded before SpringApplication.run returns: every event is there.
            JsonNode verification = ledger.audit("/api/audit/verification");
            eventsAfterFirstStart = verification.get("events").asLong();
            assertThat(verification.get("intact").asBoolean()).isTrue();
            assertThat(verification.get("streams").asInt()).isGreaterThanOrEqualTo(31);

            JsonNode dashboard = awaitProjected(ledger, verification.get("streams").asInt());
            assertThat(dashboard.get("partnerships").asInt()).isGreaterThanOrEqualTo(31);
            STAGES.forEach(stage -> assertThat(dashboard.get("byStage").get(stage).asInt()).as(stage).isPositive());

            JsonNode reference = ledger.query(REFERENCE);
            assertThat(reference.get("stage").asString()).isEqualTo("ANNOUNCED");
            assertThat(reference.get("daysWithoutOutcomeData").asInt()).isEqualTo(173);
            assertThat(ledger.query(REFERENCE + "/lineage").get("ancestors")).hasSize(2);
            JsonNode events = ledger.audit("/api/audit/partnerships/mayo-microsoft-frontier-model/events");
            events.forEach(event -> assertThat(event.get("recordedBy").asString()).isEqualTo("demo"));

            Set<String> types = new HashSet<>();
            for (JsonNode summary : ledger.query("/api/partnerships?size=200").get("items")) {
                ledger.query("/api/partnerships/" + summary.get("partnershipId").asString() + "/timeline").get("entries")
                        .forEach(entry -> types.add(entry.get("type").asString()));
            }
            assertThat(types).contains("RETRACTION", "CONCLUSION", "OUTCOME_DATA", "CLINICAL_DEPLOYMENT");
        }
        try (ConfigurableApplicationContext second = start(dataDirectory)) {
            LedgerClient ledger = new LedgerClient(port(second));
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
            assertThat(ledger.audit("/api/audit/verification").get("events").asLong()).isEqualTo(eventsAfterFirstStart);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplicationBuilder(LedgerApplication.class).run(
                "--server.port=0", "--ledger.data-dir=" + dataDirectory, "--ledger.demo=true",
                "--ledger.security.users=" + LedgerClient.USERS, "--ledger.clock.start=" + TestClockConfiguration.NOW);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static JsonNode awaitProjected(LedgerClient ledger, int partnerships) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode dashboard = ledger.query("/api/dashboard");
        while (dashboard.get("partnerships").asInt() < partnerships && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            dashboard = ledger.query("/api/dashboard");
        }
        return dashboard;
    }
}
