package org.evidenceledger.query.audit;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import org.evidenceledger.platform.LedgerLauncher;
import org.evidenceledger.platform.axon.EventStoreLocation;
import org.evidenceledger.query.replay.ReplayService;
import org.evidenceledger.query.replay.ReplayState;
import org.evidenceledger.query.replay.ReplayStatus;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar ledger-app.jar verify|replay [--spring.datasource.url=...]}: the audit, offline,
 * for auditors who work on a copy of the database. Prints the report as JSON; exits 1 when the
 * store is not intact or the replay failed.
 */
public final class AuditCommandLine {

    private static final Set<String> COMMANDS = Set.of("verify", "replay");
    private static final Duration POLL = Duration.ofMillis(200);

    private AuditCommandLine() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        LedgerLauncher.disableCallHome();
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
                .run(rest)) {
            JsonMapper json = context.getBean(JsonMapper.class);
            if (args[0].equals("verify")) {
                if (EventStoreLocation.isAxonServer(context.getEnvironment())) {
                    // an empty event table would verify as intact
                    System.err.println("verify reads the ledger's own event table; these events are in Axon Server.");
                    return 2;
                }
                VerificationReport report = context.getBean(Verifier.class).verify();
                System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
                return report.intact() ? 0 : 1;
            }
            ReplayService replays = context.getBean(ReplayService.class);
            ReplayStatus status = replays.start();
            while (status.status() == ReplayState.RUNNING) {
                Thread.sleep(POLL.toMillis());
                status = replays.find(status.replayId()).orElseThrow();
            }
            System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(status));
            return status.status() == ReplayState.COMPLETED ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
