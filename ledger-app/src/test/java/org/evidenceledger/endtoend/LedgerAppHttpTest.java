package org.evidenceledger.endtoend;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.evidenceledger.boot.LedgerApplication;
import org.evidenceledger.platform.testing.MutableClock;
import org.evidenceledger.platform.testing.TestClockConfiguration;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded default as a user starts it: command and query sides in one process on a fresh H2
 * file database, the clock fixed at {@value TestClockConfiguration#NOW}. Subclasses share one
 * context; each test uses partnership ids and organization names of its own.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.security.users=" + LedgerClient.USERS)
@Import(TestClockConfiguration.class)
abstract class LedgerAppHttpTest {

    private static final String WARM_UP = "e2e-warm-up";

    @LocalServerPort
    private int port;

    @Autowired
    protected MutableClock clock;

    protected LedgerClient ledger;

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) {
        Path directory = TestDataDirectories.create("ledger-app");
        registry.add("ledger.data-dir", directory::toString);
    }

    @BeforeEach
    void connect() {
        ledger = new LedgerClient(port);
        warmUp();
    }

    /**
     * The 1-second promise of read-your-writes is about a running service, not about the first event
     * after a cold start (class loading, JIT): one partnership goes through the whole path first.
     */
    private void warmUp() {
        if (ledger.status("/api/partnerships/" + WARM_UP) == 200) {
            return;
        }
        ledger.command("/api/partnerships", announcement(WARM_UP, "Warm-up Org", "2026-01-05"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ledger.status("/api/partnerships/" + WARM_UP) != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the warm-up partnership never reached the query side");
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    @AfterEach
    void resetClock() {
        clock.set(Instant.parse(TestClockConfiguration.NOW));
    }

    static String announcement(String partnershipId, String organization, String announcedOn) {
        return """
                {"partnershipId": "%s", "title": "Partnership %s",
                 "parties": [{"name": "%s", "role": "MODEL_OWNER"}],
                 "announcedOn": "%s", "source": {"url": "https://example.org/news/%s"}}
                """.formatted(partnershipId, partnershipId, organization, announcedOn, partnershipId);
    }

    static String benchmark(String publishedOn) {
        return """
                {"metric": "AUROC", "value": 0.91, "unit": "ratio", "publishedOn": "%s",
                 "source": {"url": "https://example.org/papers/eval", "publisher": "journal"}}
                """.formatted(publishedOn);
    }
}
