package org.evidenceledger.platform.axon;

import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Axon's Spring transactions, nested in a savepoint when one is already open on the thread. Group commit
 * runs several commands' units of work inside one transaction: each command's writes are released into it
 * on success and rolled back to its savepoint on failure, so a refused or failed command records nothing
 * and leaves the others of its batch untouched (on PostgreSQL a failed statement would otherwise abort the
 * whole transaction). Without an open transaction, as for every event processor, it starts its own as before.
 * Axon's own class commits and rolls back only transactions it started, which would leave a savepoint open.
 */
public class SavepointTransactionManager extends SpringTransactionManager {

    private final PlatformTransactionManager transactions;

    public SavepointTransactionManager(PlatformTransactionManager transactions) {
        super(transactions, new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED));
        this.transactions = transactions;
    }

    @Override
    protected void commitTransaction(TransactionStatus status) {
        if (status.hasSavepoint() && !status.isCompleted()) {
            transactions.commit(status);
        } else {
            super.commitTransaction(status);
        }
    }

    @Override
    protected void rollbackTransaction(TransactionStatus status) {
        if (status.hasSavepoint() && !status.isCompleted()) {
            transactions.rollback(status);
        } else {
            super.rollbackTransaction(status);
        }
    }
}
