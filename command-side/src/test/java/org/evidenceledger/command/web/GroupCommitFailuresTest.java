package org.evidenceledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.evidenceledger.events.PartnershipId;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/** A store out of reach fails the group that met it, answered as such, and the committer takes the next one. */
class GroupCommitFailuresTest {

    private static final PartnershipId PARTNERSHIP = new PartnershipId("out-of-reach");

    @Test
    void givenAStoreOutOfReach_thenItsGroupFailsWithItAndTheNextGroupIsCommitted() throws Exception {
        AtomicInteger opened = new AtomicInteger();
        TransactionManager store = () -> {
            if (opened.incrementAndGet() == 1) {
                throw new CannotCreateTransactionException("no connection");
            }
            return new Transaction() {
                @Override
                public void commit() {
                }

                @Override
                public void rollback() {
                }
            };
        };
        ReadSideFirst unaskable = new ReadSideFirst(() -> {
            throw new IllegalStateException("the store cannot say");
        }, 32, Duration.ofSeconds(30));
        GroupCommit groupCommit = new GroupCommit(store, new SimpleMeterRegistry(), unaskable, 1, 8);
        try {
            assertThatThrownBy(() -> groupCommit.handle(PARTNERSHIP, () -> "first"))
                    .isInstanceOf(CannotCreateTransactionException.class);
            assertThat(groupCommit.handle(PARTNERSHIP, () -> "second")).isEqualTo("second");
        } finally {
            groupCommit.stop();
        }
    }
}
