package org.evidenceledger.command.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionSystemException;

/**
 * A group whose commit fails records nothing, answers 503, and leaves no trace in the aggregate cache: the
 * next command on the partnership is decided on what the store holds. Were the cache left with the unsaved
 * entry, the next append would take the version after it and leave a hole in the stream.
 */
@Import(GroupCommitFailedCommitTest.FailingCommits.class)
class GroupCommitFailedCommitTest extends CommandSideHttpTest {

    @Autowired
    private FailingCommits commits;

    @Test
    void givenAGroupWhoseCommitFails_thenNothingIsRecordedAndTheNextCommandFollowsTheStore() {
        http.post(PARTNERSHIPS, Bodies.announcement("failed-commit")).created();
        String benchmarks = PARTNERSHIPS + "/failed-commit/benchmarks";

        commits.failNextGroup.set(true);
        http.post(benchmarks, Bodies.benchmark("2026-09-15")).problem(503);
        assertThat(events.count("failed-commit")).as("events after the failed commit").isEqualTo(1);

        assertThat(http.post(benchmarks, Bodies.benchmark("2026-09-16")).created().get("version").asLong())
                .isEqualTo(1);
        assertThat(events.of("failed-commit")).extracting(StoredEvents.Row::sequenceNumber).containsExactly(0L, 1L);
    }

    /** Spring's transactions, except that the next group's commit rolls back and fails, once, when told to. */
    @TestConfiguration
    static class FailingCommits {

        final AtomicBoolean failNextGroup = new AtomicBoolean();

        @Bean
        PlatformTransactionManager transactionManager(DataSource dataSource) {
            PlatformTransactionManager store = new JdbcTransactionManager(dataSource);
            return new PlatformTransactionManager() {
                @Override
                public TransactionStatus getTransaction(TransactionDefinition definition) {
                    return store.getTransaction(definition);
                }

                @Override
                public void commit(TransactionStatus status) {
                    if (status.isNewTransaction() && Thread.currentThread().getName().startsWith("group-commit")
                            && failNextGroup.compareAndSet(true, false)) {
                        store.rollback(status);
                        throw new TransactionSystemException("the store failed to commit");
                    }
                    store.commit(status);
                }

                @Override
                public void rollback(TransactionStatus status) {
                    store.rollback(status);
                }
            };
        }
    }
}
