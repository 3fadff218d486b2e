package org.evidenceledger.platform.operations;

import java.time.Duration;
import org.evidenceledger.platform.web.LedgerProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Commands are taken only while the service is ready. On SIGTERM Spring Boot turns readiness to
 * REFUSING_TRAFFIC first; from then on a new command answers 503. Before the web server's graceful
 * shutdown stops taking connections, this waits {@code ledger.shutdown.drain-time}, so that a load
 * balancer polling /actuator/health/readiness sees the service not ready and sends its work elsewhere;
 * the web server then lets the requests in flight finish (at most
 * {@code spring.lifecycle.timeout-per-shutdown-phase}) and the process exits.
 */
@Component
public class CommandAdmission implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CommandAdmission.class);

    private final Duration drainTime;
    private volatile boolean refusing;
    private volatile boolean running;

    public CommandAdmission(@Value("${ledger.shutdown.drain-time:0s}") Duration drainTime) {
        this.drainTime = drainTime;
    }

    @EventListener
    public void readinessChanged(AvailabilityChangeEvent<ReadinessState> change) {
        refusing = change.getState() == ReadinessState.REFUSING_TRAFFIC;
    }

    /** Throws a 503 problem while the service is not ready to take traffic (a shutdown has begun). */
    public void assertTakingCommands() {
        if (refusing) {
            throw new LedgerProblem(HttpStatus.SERVICE_UNAVAILABLE, "Shutting down",
                    "This process is shutting down and takes no new commands; send the command again, to another "
                            + "process or once this one is back. Nothing was recorded.");
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        refusing = true;
        running = false;
        if (!drainTime.isZero() && !drainTime.isNegative()) {
            log.info("Shutting down: not ready, refusing new commands; taking connections for {} more", drainTime);
            try {
                Thread.sleep(drainTime.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server's graceful shutdown, which stops taking connections. */
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 1;
    }
}
