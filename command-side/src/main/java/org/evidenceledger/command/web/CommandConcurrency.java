package org.evidenceledger.command.web;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.evidenceledger.events.PartnershipId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * At most {@code ledger.command.concurrency} commands are handled at once in this process; the others wait
 * their turn, first come first served. Every command ends in one commit on one store, so more at once only
 * contend for it, and they take the cores from the projection that follows them: with 16 clients on two
 * cores the read side fell seconds behind the commands. Used where commands are not committed in groups
 * ({@code ledger.command.group-commit=false}, as on Axon Server, whose handlers may be in other processes, and
 * with several command processes on PostgreSQL). As a group does, a command leaves the read side of its
 * process its turn ({@link ReadSideFirst}).
 */
@Component
@ConditionalOnProperty(name = "ledger.command.group-commit", havingValue = "false")
public class CommandConcurrency implements CommandRunner {

    private final Semaphore permits;
    private final ReadSideFirst readSide;

    public CommandConcurrency(@Value("${ledger.command.concurrency}") int concurrency, ReadSideFirst readSide) {
        this.permits = new Semaphore(concurrency, true);
        this.readSide = readSide;
    }

    @Override
    public <T> T handle(PartnershipId partnershipId, Supplier<T> command) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to handle a command", e);
        }
        try {
            readSide.awaitTurn();
            return command.get();
        } finally {
            permits.release();
        }
    }
}
