package org.evidenceledger.command.endtoend;

import java.nio.file.Path;
import org.evidenceledger.boot.CommandSideApplication;
import org.evidenceledger.platform.testing.TestClockConfiguration;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The command side as deployed, over real HTTP, on a fresh H2 file database, with the clock fixed at
 * {@value TestClockConfiguration#NOW}. Subclasses share one context; each test uses ids of its own.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "ledger.security.users=" + LedgerHttp.USERS)
@Import(TestClockConfiguration.class)
abstract class CommandSideHttpTest {

    protected static final String PARTNERSHIPS = "/api/partnerships";

    @LocalServerPort
    private int port;

    @Autowired
    protected JdbcClient jdbc;

    protected LedgerHttp http;
    protected StoredEvents events;

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        Path directory = TestDataDirectories.create("command-side");
        registry.add("ledger.data-dir", directory::toString);
    }

    @BeforeEach
    void connect() {
        http = new LedgerHttp(port);
        events = new StoredEvents(jdbc);
    }
}
