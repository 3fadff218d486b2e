package org.evidenceledger.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a deployable. AxonIQ's update checker is switched off before anything of Axon loads. */
public final class LedgerLauncher {

    private LedgerLauncher() {
    }

    public static ConfigurableApplicationContext run(Class<?> application, String... args) {
        disableCallHome();
        validatePooledConnections();
        return SpringApplication.run(application, args);
    }

    /**
     * Hikari skips its test query for a connection used in the last 500 ms. When H2 closes its store
     * (a full disk, an I/O error) every pooled connection is dead while {@code isValid} says true; with
     * the test query on every borrow, Hikari replaces them and the new one opens the database again.
     * Hikari reads this once, as a system property.
     */
    public static void validatePooledConnections() {
        if (System.getProperty("com.zaxxer.hikari.aliveBypassWindowMs") == null) {
            System.setProperty("com.zaxxer.hikari.aliveBypassWindowMs", "0");
        }
    }

    /** AxonIQ's update checker never calls home from this service; its console banner stays quiet. */
    public static void disableCallHome() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
    }
}
