package org.evidenceledger.command.axonserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.evidenceledger.boot.CommandSideApplication;
import org.evidenceledger.platform.axon.HashChainingEventStorageEngine;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded default never dials Axon Server, even with an address configured: no connector, events in
 * the ledger's database through our hash-chaining engine, commands handled in the process.
 */
@SpringBootTest(classes = CommandSideApplication.class)
class EmbeddedDefaultTest {

    private static final AxonServerAddress ADDRESS = AxonServerAddress.listen();

    @Autowired
    private ApplicationContext context;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestDataDirectories.create("embedded-default").toString());
        registry.add("axon.axonserver.servers", ADDRESS::servers);
    }

    @AfterAll
    static void stopListening() throws Exception {
        ADDRESS.close();
    }

    @Test
    void everythingStaysInTheProcess() {
        assertThat(context.getBeansOfType(AxonServerConnectionManager.class)).isEmpty();
        assertThat(context.getBean(CommandBus.class)).isExactlyInstanceOf(SimpleCommandBus.class);
        assertThat(context.getBean(EventStore.class)).isInstanceOf(EmbeddedEventStore.class);
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(HashChainingEventStorageEngine.class);
    }

    /** The axonserver profile's connector dials while its context starts; here nothing comes, even later. */
    @Test
    void neverDialsAxonServer() throws InterruptedException {
        assertThat(ADDRESS.firstOpening(Duration.ofSeconds(5))).isNull();
        assertThat(ADDRESS.connections()).isZero();
    }
}
