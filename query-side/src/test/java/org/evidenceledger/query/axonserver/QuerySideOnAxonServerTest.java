package org.evidenceledger.query.axonserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.evidenceledger.boot.QuerySideApplication;
import org.evidenceledger.platform.axon.AppendedVersions;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.evidenceledger.query.digest.LedgerLogAdmission;
import org.evidenceledger.query.testing.QueryApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The query side with the axonserver profile, against a loopback port nothing listens on (no Axon Server
 * can be had here): its query bus and event store are Axon Server's, no JDBC event storage and no ledger's
 * log exist, and what reads the hash-chained event table answers 501 instead of an empty ledger.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.security.users=" + QueryApi.USERS)
@ActiveProfiles("axonserver")
@DirtiesContext
class QuerySideOnAxonServerTest {

    private static final List<String> READING_THE_EVENT_TABLE = List.of(
            "/api/audit/partnerships/mayo-microsoft-frontier-model/events", "/api/audit/export",
            "/api/audit/verification", "/api/audit/digest", "/api/audit/consistency?first=1&second=2",
            "/api/audit/inclusion?partnershipId=mayo-microsoft-frontier-model&sequenceNumber=0&treeSize=1");

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    private QueryApi api;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestDataDirectories.create("query-side-axonserver").toString());
        registry.add("axon.axonserver.servers", () -> "127.0.0.1:" + closedPort());
    }

    @BeforeEach
    void connect() {
        api = new QueryApi(port);
    }

    @Test
    void queriesAndEventsGoThroughAxonServer() {
        assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
        assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
        assertThat(context.getBeansOfType(EventStorageEngine.class)).isEmpty();
        assertThat(context.getBeansOfType(LedgerLogAdmission.class)).isEmpty();
    }

    /** Other processes append to Axon Server, and no engine of ours is told: read-your-writes asks the store. */
    @Test
    void thisProcessIsNeverTheSoleWriter() {
        assertThat(context.getBean(AppendedVersions.class).soleWriter()).isFalse();
    }

    @Test
    void theTamperEvidenceAnswers501() {
        for (String path : READING_THE_EVENT_TABLE) {
            assertThat(api.get(path, QueryApi.AUDIT).problem(501).get("title").asString())
                    .as(path).isEqualTo("Not available on Axon Server");
        }
    }

    @Test
    void rolesAreCheckedFirstAndTheRestOfTheAuditApiAnswers() {
        assertThat(api.get("/api/audit/verification", QueryApi.DASH).status()).isEqualTo(403);
        assertThat(api.get("/api/audit/dead-letters", QueryApi.AUDIT).status()).isEqualTo(200);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
