package org.evidenceledger.platform.axon;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Where the events live. With Axon's connector on ({@code axon.axonserver.enabled}) and its event store
 * on ({@code axon.axonserver.event-store.enabled}), Axon's auto-configuration builds the event store on
 * Axon Server; otherwise they are ours, in the ledger's database ({@link HashChainingEventStorageEngine}).
 * Both properties default to true in Axon, as here; ledger-defaults.properties turns the connector off.
 * Judged when beans are registered, not when components are scanned: that file is a {@code @PropertySource}
 * of a scanned configuration, not yet in the environment while the scan goes on.
 */
public final class EventStoreLocation {

    private EventStoreLocation() {
    }

    public static boolean isAxonServer(PropertyResolver properties) {
        return properties.getProperty("axon.axonserver.enabled", Boolean.class, true)
                && properties.getProperty("axon.axonserver.event-store.enabled", Boolean.class, true);
    }

    /** The events are Axon Server's: nothing of ours reads or writes an event table. */
    public static final class AxonServer extends Judged {
        public AxonServer() {
            super(true);
        }
    }

    /** The events are in the ledger's database, hash-chained as they are appended. */
    public static final class LedgerDatabase extends Judged {
        public LedgerDatabase() {
            super(false);
        }
    }

    /** Matches where {@link #isAxonServer} is {@code axonServer}, judged when beans are registered. */
    private abstract static class Judged implements ConfigurationCondition {

        private final boolean axonServer;

        Judged(boolean axonServer) {
            this.axonServer = axonServer;
        }

        @Override
        public ConfigurationPhase getConfigurationPhase() {
            return ConfigurationPhase.REGISTER_BEAN;
        }

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isAxonServer(context.getEnvironment()) == axonServer;
        }
    }
}
