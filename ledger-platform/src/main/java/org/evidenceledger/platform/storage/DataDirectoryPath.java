package org.evidenceledger.platform.storage;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves a relative {@code ledger.data-dir} ({@code LEDGER_DATA_DIR=ledger-data}) against the working directory
 * before anything reads it. H2 refuses a file path "implicitly relative to the current working directory" in its
 * URL, so such a directory stopped the service at start with H2's message; {@code ./data}, the default, was
 * always relative to the working directory too. A home-relative {@code ~/...} is H2's own and stays as given.
 */
public class DataDirectoryPath implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "ledger.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String directory = environment.getProperty(PROPERTY);
        if (directory == null || directory.isBlank() || homeRelative(directory) || Path.of(directory).isAbsolute()) {
            return;
        }
        String absolute = resolve(directory).toString();
        environment.getPropertySources().addFirst(new MapPropertySource("absoluteDataDirectory", Map.of(PROPERTY, absolute)));
    }

    /**
     * The directory a {@code ledger.data-dir} value names, as H2 reads it: {@code ~} is the user's home, a relative
     * path is under the working directory. For what runs before Spring ({@code restore}).
     */
    public static Path resolve(String directory) {
        if (homeRelative(directory)) {
            directory = System.getProperty("user.home") + directory.substring(1);
        }
        return Path.of(directory).toAbsolutePath().normalize();
    }

    /** {@code ~} or {@code ~/...}: what H2 reads as under the user's home. */
    private static boolean homeRelative(String directory) {
        return directory.equals("~") || directory.startsWith("~/");
    }

    /** After the application's own configuration files are read, so a data directory set there counts too. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
