package org.evidenceledger.query.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.evidenceledger.boot.QuerySideApplication;
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
 * The query side as deployed, on a fresh H2 file database, with the clock fixed at
 * {@value TestClockConfiguration#NOW}. Subclasses share one context (and so one ledger): each test
 * uses partnership ids and organization names of its own.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.security.users=" + QueryApi.USERS)
@Import(TestClockConfiguration.class)
public abstract class QuerySideHttpTest {

    @LocalServerPort
    private int port;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private TransactionManager transactionManager;

    /** The server's clock; tests may move it, it is set back after each test. */
    @Autowired
    protected MutableClock clock;

    protected QueryApi api;
    protected LedgerFeed ledger;

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) {
        Path directory = TestDataDirectories.create("query-side");
        registry.add("ledger.data-dir", directory::toString);
    }

    @BeforeEach
    void connect() {
        api = new QueryApi(port);
        ledger = new LedgerFeed(eventStore, transactionManager);
    }

    @AfterEach
    void resetClock() {
        clock.set(Instant.parse(TestClockConfiguration.NOW));
    }
}
