package org.evidenceledger.command.endtoend;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link GroupCommitTest} on a real PostgreSQL (zonky's binaries from Maven), with the postgres profile and group
 * commit turned on, as a single command process may (the profile leaves it off for several processes).
 */
@ActiveProfiles("postgres")
@TestPropertySource(properties = "ledger.command.group-commit=true")
class GroupCommitOnPostgresTest extends GroupCommitTest {

    private static final EmbeddedPostgres POSTGRES = start();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the server's temporary directory goes with it
                }
            }));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
