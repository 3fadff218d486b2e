package org.evidenceledger.command.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.evidenceledger.boot.CommandSideApplication;
import org.evidenceledger.command.endtoend.LedgerHttp.Answer;
import org.evidenceledger.platform.testing.TestClockConfiguration;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The embedded default survives a restart: versions, ids and Idempotency-Key answers come back from the files. */
class RestartEndToEndTest {

    private static final String ID = "restarted-partnership";
    private static final String BENCHMARKS = "/api/partnerships/" + ID + "/benchmarks";

    private final Path dataDir = TestDataDirectories.create("restart");
    private ConfigurableApplicationContext running;

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void givenEntriesRecordedBeforeARestart_whenCommandsFollowAfterIt_thenTheLedgerCarriesOn() {
        LedgerHttp http = start();
        http.post("/api/partnerships", Bodies.announcement(ID)).created();
        JsonNode firstAnswer = http.post(BENCHMARKS, Bodies.benchmark("2026-09-15"), "Idempotency-Key", "before-restart")
                .created();
        assertThat(firstAnswer.get("version").asLong()).isEqualTo(1);
        running.close();

        http = start();
        assertThat(running.getEnvironment().getProperty("spring.datasource.url")).contains(dataDir.toString());
        StoredEvents events = new StoredEvents(running.getBean(JdbcClient.class));
        assertThat(events.count(ID)).isEqualTo(2);

        Answer repeated = http.post(BENCHMARKS, Bodies.benchmark("2026-09-15"), "Idempotency-Key", "before-restart");
        assertThat(repeated.created()).isEqualTo(firstAnswer);
        assertThat(events.count(ID)).isEqualTo(2);

        JsonNode next = http.post("/api/partnerships/" + ID + "/validations", Bodies.validation("2026-10-01")).created();
        assertThat(next.get("version").asLong()).isEqualTo(2);

        http.post("/api/partnerships", Bodies.announcement(ID)).problem(409);
        assertThat(events.count(ID)).isEqualTo(3);
    }

    private LedgerHttp start() {
        // As arguments, not builder properties: those are defaults, below ledger-defaults.properties.
        running = new SpringApplicationBuilder(CommandSideApplication.class, TestClockConfiguration.class)
                .run("--server.port=0",
                        "--ledger.data-dir=" + dataDir,
                        "--ledger.security.users=" + LedgerHttp.USERS,
                        "--spring.main.banner-mode=off");
        return new LedgerHttp(running.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }
}
