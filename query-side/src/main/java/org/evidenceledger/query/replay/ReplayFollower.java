package org.evidenceledger.query.replay;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.evidenceledger.platform.storage.EmbeddedH2File;
import org.evidenceledger.query.projection.PartnershipProjection;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The part every other query process plays in a replay: while one runs elsewhere, this process stops its
 * own processor of the slot being rebuilt, so that it gives up its claim and writes nothing into the
 * slot meanwhile; once the replay has ended, the slot is active and its processor starts again here. It
 * also marks replays whose process died (no heartbeat) as failed, so that they block no later replay, and
 * stops the inactive slot's processor while no replay runs ({@link ReplayService#keepOnlyActiveSlotProjecting}).
 */
@Component
class ReplayFollower implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReplayFollower.class);
    private static final long EVERY_MILLIS = 500;

    private final ReplayRepository replays;
    private final ReplayService replayService;
    private final EventProcessingConfiguration processing;
    private final Clock clock;
    /** No other process can open this database (the embedded default's H2 file): see {@link #startFollowing}. */
    private final boolean aloneOnItsDatabase;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "replay-follower");
        thread.setDaemon(true);
        return thread;
    });

    ReplayFollower(ReplayRepository replays, ReplayService replayService, EventProcessingConfiguration processing,
                   Clock clock, DataSource dataSource) {
        this.replays = replays;
        this.replayService = replayService;
        this.processing = processing;
        this.clock = clock;
        this.aloneOnItsDatabase = EmbeddedH2File.openedHereAlone(dataSource);
    }

    /**
     * Where this process alone can use the database, a replay still RUNNING there was left by a process killed
     * during it, and is marked failed at once. Waiting for its heartbeat to fall silent kept the active slot's
     * processor stopped, and every query without the commands recorded since, for 15 s after the last heartbeat
     * (measured: 6.7 s after a restart answered UP).
     */
    @EventListener(ApplicationReadyEvent.class)
    void startFollowing() {
        if (aloneOnItsDatabase) {
            int abandoned = replays.abandonAll(clock.instant());
            if (abandoned > 0) {
                log.warn("{} replay(s) left RUNNING by a process that stopped marked FAILED; the read models stay as"
                        + " they were", abandoned);
            }
        }
        timer.scheduleWithFixedDelay(this::followSafely, 0, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void followSafely() {
        try {
            follow();
        } catch (RuntimeException e) {
            log.warn("Could not check for replays run by other processes; trying again", e);
        }
    }

    private void follow() {
        int abandoned = replays.abandonSilent(clock.instant());
        if (abandoned > 0) {
            log.warn("{} replay(s) whose process stopped marked FAILED; the read models stay as they were", abandoned);
        }
        Optional<ReadModelSlot> rebuilding = replays.slotRebuiltElsewhere();
        if (rebuilding.isPresent()) {
            String processorName = PartnershipProjection.processingGroupOf(rebuilding.get());
            processor(processorName).filter(StreamingEventProcessor::isRunning).ifPresent(processor -> {
                processor.shutDown();
                log.info("Another process rebuilds slot {}: {} stopped here meanwhile", rebuilding.get().value(),
                        processorName);
            });
        } else {
            replayService.keepOnlyActiveSlotProjecting();
        }
    }

    private Optional<StreamingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    /**
     * Stops following when the application begins to close, before Axon stops its processors: a processor
     * started again after that would run against a closing store.
     */
    @EventListener(ContextClosedEvent.class)
    void stopFollowing() throws InterruptedException {
        // not shutdownNow: a thread interrupted in H2's I/O closes its file channel, and so the store
        timer.shutdown();
        timer.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Override
    public void destroy() throws InterruptedException {
        stopFollowing();
    }
}
