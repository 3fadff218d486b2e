package org.evidenceledger.command.axonserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.evidenceledger.boot.CommandSideApplication;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The command side as deployed, with the axonserver profile and {@code axon.axonserver.servers} naming a
 * loopback port where nothing answers (no Axon Server can be had here, STACK.md): its buses and event store
 * are Axon Server's, the ledger's database holds no event storage of ours, and the connector dials exactly
 * that address with gRPC. Whether commands then succeed needs a real server: {@code AxonServerRoundTripTest}.
 */
@SpringBootTest(classes = CommandSideApplication.class)
@ActiveProfiles("axonserver")
@DirtiesContext
class AxonServerProfileTest {

    private static final AxonServerAddress ADDRESS = AxonServerAddress.listen();

    @Autowired
    private ApplicationContext context;

    @Autowired
    @Qualifier("localSegment")
    private CommandBus localSegment;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestDataDirectories.create("axonserver-profile").toString());
        registry.add("axon.axonserver.servers", ADDRESS::servers);
    }

    @AfterAll
    static void stopListening() throws Exception {
        ADDRESS.close();
    }

    @Test
    void commandsQueriesAndEventsGoThroughAxonServer() {
        assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
        assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
        assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
        assertThat(localSegment).isInstanceOf(RefusalsTravelBack.class);
    }

    @Test
    void theLedgerDatabaseHoldsNoEventStorage() {
        assertThat(context.getBeansOfType(EventStorageEngine.class)).isEmpty();
    }

    @Test
    void dialsTheConfiguredAddressWithGrpc() throws InterruptedException {
        assertThat(ADDRESS.firstOpening(Duration.ofSeconds(30))).isEqualTo(AxonServerAddress.HTTP2_PREFACE);
    }
}
