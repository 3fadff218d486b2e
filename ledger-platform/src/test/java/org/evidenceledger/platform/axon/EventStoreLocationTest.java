package org.evidenceledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

/** The profile files as shipped decide where the events live; the profile's file overrides the defaults. */
class EventStoreLocationTest {

    @Test
    void theEmbeddedDefaultKeepsTheEventsInTheLedgerDatabase() throws IOException {
        assertThat(EventStoreLocation.isAxonServer(environment())).isFalse();
    }

    @Test
    void theAxonServerProfileKeepsThemInAxonServer() throws IOException {
        assertThat(EventStoreLocation.isAxonServer(environment("classpath:application-axonserver.properties"))).isTrue();
    }

    @Test
    void thePostgresProfileKeepsThemInTheLedgerDatabase() throws IOException {
        assertThat(EventStoreLocation.isAxonServer(environment("classpath:application-postgres.properties"))).isFalse();
    }

    @Test
    void axonServerOnlyAsABusKeepsThemInTheLedgerDatabase() throws IOException {
        StandardEnvironment environment = environment("classpath:application-axonserver.properties");
        environment.getPropertySources().addFirst(new MapPropertySource("operator",
                Map.of("axon.axonserver.event-store.enabled", "false")));
        assertThat(EventStoreLocation.isAxonServer(environment)).isFalse();
    }

    /** As Spring Boot orders them: a profile's file before ledger-defaults.properties (a @PropertySource). */
    private static StandardEnvironment environment(String... profileFiles) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new ResourcePropertySource("classpath:ledger-defaults.properties"));
        for (String file : profileFiles) {
            environment.getPropertySources().addFirst(new ResourcePropertySource(file));
        }
        return environment;
    }
}
