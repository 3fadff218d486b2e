package org.evidenceledger.query.replay;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.evidenceledger.query.audit.EventStoreReader;
import org.evidenceledger.query.figures.FigureRepository;
import org.evidenceledger.query.lineage.LinkRepository;
import org.evidenceledger.query.organizations.PartyRepository;
import org.evidenceledger.query.projection.PartnershipProjection;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.evidenceledger.query.summary.SummaryRepository;
import org.evidenceledger.query.timeline.TimelineRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every read model from the event store without downtime. Each slot has its own processor, and
 * only the active slot's runs while no replay does; a replay empties the inactive slot, resets its
 * processor to the start of the store and lets it catch up while queries keep reading the active slot.
 * Once it holds every entry the active slot holds and its processor is caught up, one update makes it
 * active. With several
 * query processes one replay runs at a time, in the process that took the replay lock.
 */
@Service
public class ReplayService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReplayService.class);
    private static final Duration POLL = Duration.ofMillis(100);
    /** Progress (and the heartbeat with it) once a second: it counts the rebuilt slot's entries. */
    private static final int PROGRESS_POLLS = 10;
    /** Beyond the claim timeout (10 s on PostgreSQL), after which a dead process's claim can be taken. */
    private static final Duration CLAIM_RELEASE = Duration.ofSeconds(60);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final ReadModelSlots slots;
    private final TimelineRepository timelines;
    private final SummaryRepository summaries;
    private final PartyRepository parties;
    private final LinkRepository links;
    private final FigureRepository figures;
    private final ReplayRepository replays;
    private final EventStoreReader events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** Whether a replay started here has not ended yet; guarded by this. */
    private boolean replaying;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-replay");
        thread.setDaemon(true);
        return thread;
    });

    public ReplayService(EventProcessingConfiguration processing, TokenStore tokenStore, ReadModelSlots slots,
                         TimelineRepository timelines, SummaryRepository summaries, PartyRepository parties,
                         LinkRepository links, FigureRepository figures,
                         ReplayRepository replays, EventStoreReader events,
                         TransactionTemplate transactions, Clock clock) {
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.slots = slots;
        this.timelines = timelines;
        this.summaries = summaries;
        this.parties = parties;
        this.links = links;
        this.figures = figures;
        this.replays = replays;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Starts a replay, or answers the one already running, in this process or another one. A replay
     * whose process stopped (no heartbeat) is marked failed first, so it blocks no later one.
     */
    public synchronized ReplayStatus start() {
        replays.abandonSilent(clock.instant());
        Optional<ReplayStatus> running = replays.running();
        if (running.isPresent()) {
            return running.get();
        }
        String replayId = UUID.randomUUID().toString();
        ReadModelSlot target = slots.active().other();
        long total = events.count();
        try {
            replays.start(replayId, target, total, clock.instant());
        } catch (DuplicateKeyException startedElsewhere) {
            // another process holds the lock; if its replay has ended since, the lock is free: start anew
            return replays.running().orElseGet(this::start);
        }
        replaying = true;
        worker.submit(() -> run(replayId, target, total));
        return replays.find(replayId).orElseThrow();
    }

    public Optional<ReplayStatus> find(String replayId) {
        return replays.find(replayId);
    }

    private void run(String replayId, ReadModelSlot target, long total) {
        try {
            String processorName = PartnershipProjection.processingGroupOf(target);
            StreamingEventProcessor processor = processor(processorName)
                    .orElseThrow(() -> new IllegalStateException("no processor " + processorName));
            processor.shutDown();
            resetOnceReleased(processor, replayId, target, total);
            transactions.executeWithoutResult(status -> {
                timelines.deleteSlot(target);
                summaries.deleteSlot(target);
                parties.deleteSlot(target);
                links.deleteSlot(target);
                figures.deleteSlot(target);
            });
            processing.deadLetterQueue(processorName).ifPresent(deadLetters -> deadLetters.clear());
            processor.start();
            for (int polls = 1; !caughtUp(processor, processorName, target); polls++) {
                if (polls % PROGRESS_POLLS == 0) {
                    replays.progress(replayId, timelines.count(target), events.count(), clock.instant());
                }
                Thread.sleep(POLL.toMillis());
            }
            slots.activate(target);
            replays.progress(replayId, timelines.count(target), events.count(), clock.instant());
            replays.finish(replayId, ReplayState.COMPLETED, clock.instant(), null);
            log.info("Replay {} completed: slot {} rebuilt and active", replayId, target.value());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            replays.finish(replayId, ReplayState.FAILED, clock.instant(), "interrupted");
        } catch (RuntimeException e) {
            log.error("Replay {} failed", replayId, e);
            replays.finish(replayId, ReplayState.FAILED, clock.instant(),
                    e instanceof IncompleteReplayException ? e.getMessage() : e.getClass().getSimpleName());
        } finally {
            synchronized (this) {
                replaying = false;
            }
        }
    }

    /**
     * Only the active slot is projected while no replay runs: the inactive one is read by nobody, and a replay
     * empties it and rebuilds it from the first event anyway, so keeping it current would only double the
     * projection's work. Here the inactive slot's processor is stopped (its claim released) and the active
     * one's started if it is not running (after a replay, the rebuilt slot's, in a process that stopped it
     * meanwhile). Called every half second by {@link ReplayFollower}, in every query process.
     */
    synchronized void keepOnlyActiveSlotProjecting() {
        if (replaying || replays.running().isPresent()) {
            return;
        }
        ReadModelSlot active = slots.active();
        processor(PartnershipProjection.processingGroupOf(active.other()))
                .filter(StreamingEventProcessor::isRunning)
                .ifPresent(processor -> {
                    processor.shutDown();
                    log.info("{} stopped: its slot is not read, and only a replay rebuilds it", processor.getName());
                });
        processor(PartnershipProjection.processingGroupOf(active))
                .filter(processor -> !processor.isRunning())
                .ifPresent(processor -> {
                    processor.start();
                    log.info("{} started: it keeps the active slot", processor.getName());
                });
    }

    private Optional<StreamingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    /**
     * Resets the slot's processor to the start of the store. Other query processes stop their own processor
     * of the slot when they see this replay ({@link ReplayFollower}), which releases their claim; a process
     * that died releases it when the claim times out. Until then the reset cannot claim every segment.
     */
    private void resetOnceReleased(StreamingEventProcessor processor, String replayId, ReadModelSlot target, long total)
            throws InterruptedException {
        long deadline = System.nanoTime() + CLAIM_RELEASE.toNanos();
        while (true) {
            try {
                processor.resetTokens();
                return;
            } catch (UnableToClaimTokenException heldElsewhere) {
                if (System.nanoTime() > deadline) {
                    throw new IncompleteReplayException("another process kept its claim on slot " + target.value());
                }
                replays.progress(replayId, 0, total, clock.instant());
                Thread.sleep(POLL.toMillis());
            }
        }
    }

    /**
     * Whether the rebuilt slot holds every entry the active slot holds and its processor is at the head. The
     * processor is asked first: counting both slots' entries reads every row of both, and while the processor
     * is still behind that would only take cores from it.
     */
    private boolean caughtUp(StreamingEventProcessor processor, String processorName, ReadModelSlot target) {
        if (processor.isError()) {
            throw new IllegalStateException("processor " + processorName + " is in error");
        }
        long parked = processing.deadLetterQueue(processorName).map(deadLetters -> deadLetters.size()).orElse(0L);
        if (parked > 0) {
            throw new IncompleteReplayException(parked + " event(s) could not be projected into slot " + target.value());
        }
        int segments = tokenStore.fetchSegments(processorName).length;
        var status = processor.processingStatus();
        return status.size() == segments
                && status.values().stream().allMatch(EventTrackerStatus::isCaughtUp)
                && timelines.count(target) >= timelines.count(target.other());
    }

    /** The rebuilt slot lacks events: it is never made active, and the replay says FAILED. */
    private static final class IncompleteReplayException extends RuntimeException {
        IncompleteReplayException(String message) {
            super(message);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
