package org.evidenceledger.command.config;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.Repository;
import org.evidenceledger.command.partnership.Partnership;
import org.evidenceledger.command.partnership.Partnerships;
import org.evidenceledger.command.partnership.RecordedPartnerships;
import org.evidenceledger.command.partnership.Refusal;
import org.evidenceledger.command.partnership.RuleViolation;
import org.evidenceledger.platform.storage.StorageOutage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionException;

@Configuration(proxyBeanMethods = false)
public class CommandSideConfiguration {

    /** Partnerships kept in memory between commands: a few kilobytes each, the busiest ones stay. */
    private static final long PARTNERSHIPS_CACHED = 10_000;

    /**
     * Without it every command replays the partnership's whole stream (STACK.md: 58/s on a busy one). Bounded
     * and strong ({@link BoundedAggregateCache}): weak references lose the partnerships at every collection.
     * A cache per process goes stale when another command process appends (nothing routes a
     * partnership's commands to one process), so the postgres profile turns it off: a stale copy costs a
     * failed append and a retry, and judges If-Match against an old version (a false 412).
     */
    @Bean
    public Cache partnershipCache(@Value("${ledger.command.aggregate-cache}") boolean enabled) {
        return enabled ? new BoundedAggregateCache(PARTNERSHIPS_CACHED) : NoCache.INSTANCE;
    }

    @Bean
    public Partnerships partnerships(Repository<Partnership> partnershipRepository, RecordedPartnerships recorded) {
        return new Partnerships(partnershipRepository, recorded);
    }

    /**
     * Two commands that raced on one partnership (on any number of processes) fail the loser's append with
     * Axon's ConcurrencyException, which rolls back and evicts the cached aggregate; the gateway retries it
     * on a fresh load, a bounded number of times. A refusal by a domain rule, a duplicate announcement
     * and an Idempotency-Key taken meanwhile are answers, not races: never retried. Neither is a store that
     * cannot open or commit a transaction (a closed H2 file on a full disk): retrying would hold the request
     * for the pool's timeout on every attempt instead of answering 503 at once. A refusal by a handler in
     * another process (Axon Server) arrives as a CommandExecutionException with its Refusal (final unless a race),
     * and a store there that cannot store with a StorageOutage (final).
     */
    @Bean
    public CommandGateway commandGateway(CommandBus commandBus,
                                         @Value("${ledger.command.retries}") int retries,
                                         @Value("${ledger.command.retry-backoff-millis}") long backoffMillis) {
        ScheduledExecutorService retryExecutor = Executors.newScheduledThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(retryScheduler(retryExecutor, retries, backoffMillis))
                .build();
    }

    static RetryScheduler retryScheduler(ScheduledExecutorService retryExecutor, int retries, long backoffMillis) {
        return ExponentialBackOffIntervalRetryScheduler.builder()
                .retryExecutor(retryExecutor)
                .maxRetryCount(retries)
                .backoffFactor(backoffMillis)
                .addNonTransientFailurePredicate(RuleViolation.class, refused -> true)
                .addNonTransientFailurePredicate(AggregateStreamCreationException.class, duplicate -> true)
                .addNonTransientFailurePredicate(DataIntegrityViolationException.class, keyTaken -> true)
                .addNonTransientFailurePredicate(TransactionException.class, storeUnavailable -> true)
                .addNonTransientFailurePredicate(DataAccessResourceFailureException.class, storeUnavailable -> true)
                .addNonTransientFailurePredicate(CommandExecutionException.class,
                        remote -> Refusal.carriedBy(remote).filter(Refusal::isFinal).isPresent()
                                || StorageOutage.carriedBy(remote))
                .build();
    }
}
