package org.evidenceledger.command.web;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.evidenceledger.platform.axon.ReadSideBacklog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where commands and the projection share a process (and its cores), a group of commands waits while the
 * read side is more than {@code ledger.command.read-side-backlog} events behind, for at most
 * {@code ledger.command.read-side-wait}: commands then come at the pace the projection keeps, and what a
 * command answered is in the queries a moment later, instead of the read side falling seconds behind under a
 * full load. A read side that does not move (stopped, or rebuilding) is not waited for.
 */
@Component
public class ReadSideFirst {

    private static final Duration PAUSE = Duration.ofMillis(5);
    /** The projection commits a batch at a time; this long without any is a read side that does not move. */
    private static final Duration STALLED = Duration.ofMillis(100);

    private final LongSupplier eventsBehind;
    private final long backlog;
    private final Duration longest;

    @Autowired
    public ReadSideFirst(ObjectProvider<ReadSideBacklog> readSide,
                         @Value("${ledger.command.read-side-backlog}") long backlog,
                         @Value("${ledger.command.read-side-wait}") Duration longest) {
        this(readSide.getIfAvailable(() -> () -> 0)::eventsBehind, backlog, longest);
    }

    ReadSideFirst(LongSupplier eventsBehind, long backlog, Duration longest) {
        this.eventsBehind = eventsBehind;
        this.backlog = backlog;
        this.longest = longest;
    }

    /** 0 when the store cannot say: commands are not held up by a read side that cannot be asked. */
    private long eventsBehind() {
        try {
            return eventsBehind.getAsLong();
        } catch (RuntimeException unknown) {
            return 0;
        }
    }

    /** Returns once the read side is close enough, has stopped moving, or was waited for long enough. */
    public void awaitTurn() {
        if (backlog <= 0) {
            return;
        }
        long behind = eventsBehind();
        long start = System.nanoTime();
        long movedAt = start;
        while (behind > backlog) {
            long now = System.nanoTime();
            if (now - start > longest.toNanos() || now - movedAt > STALLED.toNanos()) {
                return;
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            long stillBehind = eventsBehind();
            if (stillBehind < behind) {
                movedAt = System.nanoTime();
            }
            behind = stillBehind;
        }
    }
}
