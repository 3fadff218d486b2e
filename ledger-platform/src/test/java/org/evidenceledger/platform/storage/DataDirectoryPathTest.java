package org.evidenceledger.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DataDirectoryPathTest {

    private final DataDirectoryPath resolver = new DataDirectoryPath();

    @Test
    void aRelativeDataDirectoryIsResolvedAgainstTheWorkingDirectory() {
        MockEnvironment environment = new MockEnvironment().withProperty("ledger.data-dir", "ledger-data/../ledger-data");

        resolver.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("ledger.data-dir"))
                .isEqualTo(Path.of("ledger-data").toAbsolutePath().toString());
        assertThat(environment.resolvePlaceholders("jdbc:h2:file:${ledger.data-dir}/ledger"))
                .isEqualTo("jdbc:h2:file:" + Path.of("ledger-data").toAbsolutePath() + "/ledger");
    }

    @Test
    void absoluteAndHomeRelativeDirectoriesStayAsGiven() {
        for (String given : new String[] {"/var/lib/ledger", "~/ledger"}) {
            MockEnvironment environment = new MockEnvironment().withProperty("ledger.data-dir", given);

            resolver.postProcessEnvironment(environment, new SpringApplication());

            assertThat(environment.getProperty("ledger.data-dir")).isEqualTo(given);
        }
    }

    @Test
    void restoreFindsTheDirectoryTheServiceOpens() {
        String home = System.getProperty("user.home");

        assertThat(DataDirectoryPath.resolve("~/ledger")).isEqualTo(Path.of(home, "ledger"));
        assertThat(DataDirectoryPath.resolve("~")).isEqualTo(Path.of(home));
        assertThat(DataDirectoryPath.resolve("ledger-data")).isEqualTo(Path.of("ledger-data").toAbsolutePath());
        assertThat(DataDirectoryPath.resolve("/var/lib/ledger")).isEqualTo(Path.of("/var/lib/ledger"));
    }
}
