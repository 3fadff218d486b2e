package org.evidenceledger.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a deployable. AxonIQ's update checker is switched off before anything of Axon loads. */
public final class LedgerLauncher {

    private LedgerLauncher() {
    }

    public static ConfigurableApplicationContext run(Class<?> application, String... args) {
        disableCallHome();
        return SpringApplication.run(application, args);
    }

    /** AxonIQ's update checker never calls home from this service; its console banner stays quiet. */
    public static void disableCallHome() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
    }
}
