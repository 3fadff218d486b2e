package org.evidenceledger.command.web;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.evidenceledger.events.PartnershipId;
import org.evidenceledger.platform.storage.StorageUnavailableException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Commits the commands that arrive together in one transaction, so that they share one commit: on the
 * embedded default every commit writes a chunk of the H2 file, and that write, not the commands, bounded
 * how many the ledger could take. Each of {@code ledger.command.concurrency} committers takes what waits
 * in its queue (at most {@code ledger.command.batch-size}), handles each command in a unit of work nested
 * in the group's, inside a savepoint of the group's transaction, commits the group, and only then answers
 * each command. A refused or failed command rolls back to its savepoint, records nothing, and leaves the
 * others of its group alone; a group whose commit fails answers every command of it with that failure
 * (Axon then evicts their partnerships from the aggregate cache). A partnership always goes to the same
 * committer, so two groups never hold uncommitted entries of one partnership. Under a light load a group is
 * one command: nothing waits for company.
 */
@Component
@ConditionalOnProperty(name = "ledger.command.group-commit", havingValue = "true", matchIfMissing = true)
public class GroupCommit implements CommandRunner {

    private static final Pending<Void> STOP = new Pending<>(() -> null);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final TransactionManager transactions;
    private final int batchSize;
    private final ReadSideFirst readSide;
    private final List<Committer> committers = new ArrayList<>();
    private final DistributionSummary groups;

    public GroupCommit(TransactionManager transactions, MeterRegistry registry, ReadSideFirst readSide,
                       @Value("${ledger.command.concurrency}") int committers,
                       @Value("${ledger.command.batch-size}") int batchSize) {
        this.transactions = transactions;
        this.batchSize = batchSize;
        this.readSide = readSide;
        this.groups = DistributionSummary.builder("ledger.commit.group")
                .description("commands committed together in one transaction")
                .register(registry);
        for (int i = 0; i < committers; i++) {
            Committer committer = new Committer();
            Thread thread = new Thread(committer, "group-commit-" + i);
            thread.setDaemon(true);
            committer.thread = thread;
            this.committers.add(committer);
            thread.start();
        }
        Gauge.builder("ledger.commands.waiting", this, GroupCommit::waiting)
                .description("commands waiting for their group's turn").register(registry);
    }

    @Override
    public <T> T handle(PartnershipId partnershipId, Supplier<T> command) {
        Pending<T> pending = new Pending<>(command);
        committers.get(Math.floorMod(partnershipId.value().hashCode(), committers.size())).queue.add(pending);
        return pending.awaitAnswer();
    }

    /** Commands queued and not yet taken into a group. */
    public int waiting() {
        return committers.stream().mapToInt(committer -> committer.queue.size()).sum();
    }

    /**
     * Each committer ends its group and stops at the mark put behind it. Not by interrupting it: an interrupt
     * while H2 writes closes the database's file channel.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        committers.forEach(committer -> committer.queue.add(STOP));
        for (Committer committer : committers) {
            committer.thread.join(STOP_WAIT.toMillis());
        }
    }

    private void commit(List<Pending<?>> group) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage("group commit"));
        try {
            unitOfWork.attachTransaction(transactions);
        } catch (RuntimeException cannotBegin) {
            group.forEach(pending -> pending.fail(cannotBegin));
            return;
        }
        group.forEach(Pending::run);
        try {
            unitOfWork.commit();
        } catch (RuntimeException notCommitted) {
            group.forEach(pending -> pending.fail(notCommitted));
            return;
        }
        groups.record(group.size());
        group.forEach(Pending::settle);
    }

    private final class Committer implements Runnable {

        private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
        private Thread thread;

        @Override
        public void run() {
            List<Pending<?>> group = new ArrayList<>(batchSize);
            boolean stopping = false;
            while (!stopping) {
                try {
                    stopping = takeGroup(group);
                    if (!group.isEmpty()) {
                        commit(group);
                    }
                } catch (RuntimeException | Error unexpected) {
                    // a committer never dies: its queue would wait for ever
                    group.forEach(pending -> pending.fail(unexpected));
                }
                group.clear();
            }
            StorageUnavailableException stopped = new StorageUnavailableException("The ledger is stopping.");
            queue.forEach(pending -> pending.fail(stopped));
        }

        /** Fills the group with what waits (after the read side's turn); whether the stop mark was among it. */
        private boolean takeGroup(List<Pending<?>> group) {
            try {
                group.add(queue.take());
            } catch (InterruptedException interrupted) {
                return true;
            }
            if (group.remove(STOP)) {
                return true;
            }
            readSide.awaitTurn();
            queue.drainTo(group, batchSize - 1);
            return group.remove(STOP);
        }
    }

    /** A command waiting for its group's commit, and what it will be answered. */
    private static final class Pending<T> {

        private final Supplier<T> command;
        private final CompletableFuture<T> answer = new CompletableFuture<>();
        private T result;
        private Throwable failure;

        Pending(Supplier<T> command) {
            this.command = command;
        }

        /** Handles the command inside the group's transaction; its answer waits for the group's commit. */
        void run() {
            try {
                result = command.get();
            } catch (Throwable refusedOrFailed) {
                failure = refusedOrFailed;
            }
        }

        /** After the group committed: the command's own answer, a refusal included. */
        void settle() {
            if (failure == null) {
                answer.complete(result);
            } else {
                answer.completeExceptionally(failure);
            }
        }

        /** The group was not committed: whatever the command decided, nothing of it is recorded. */
        void fail(Throwable notCommitted) {
            answer.completeExceptionally(failure != null ? failure : notCommitted);
        }

        T awaitAnswer() {
            try {
                return answer.get();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a command's commit", interrupted);
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (failed.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(failed.getCause());
            }
        }
    }
}
