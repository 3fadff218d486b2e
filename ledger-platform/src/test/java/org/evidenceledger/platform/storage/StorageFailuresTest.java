package org.evidenceledger.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;

/** Which failures are an outage of storage (503) and which are not; the exceptions as H2 and Axon raise them. */
class StorageFailuresTest {

    @Test
    void givenH2FailingToWriteItsFile_whenClassified_thenItIsAStorageFailure() {
        // what an append meets on a full disk: a batch error whose cause is only its next exception
        BatchUpdateException batch = new BatchUpdateException("General error", "HY000", 50000, new int[0]);
        batch.setNextException(new SQLException("General error", "HY000", 50000,
                new IllegalStateException("Writing failed", new IOException("No space left on device"))));
        assertThat(StorageFailures.isStorageFailure(new EventStoreException("append failed", batch))).isTrue();
    }

    @Test
    void givenTheStoreClosed_whenClassified_thenItIsAStorageFailure() {
        SQLException closed = new SQLNonTransientConnectionException("The database has been closed", "90098", 90098);
        assertThat(StorageFailures.isStorageFailure(new DataAccessResourceFailureException("JDBC rollback", closed)))
                .isTrue();
        assertThat(StorageFailures.isStorageFailure(new SQLException("could not extend file", "53100"))).isTrue();
    }

    @Test
    void givenARefusalOfTheDatabase_whenClassified_thenItIsNoStorageFailure() {
        SQLException duplicate = new SQLIntegrityConstraintViolationException("Unique index violated", "23505", 23505);
        assertThat(StorageFailures.isStorageFailure(new DuplicateKeyException("duplicate", duplicate))).isFalse();
        assertThat(StorageFailures.isStorageFailure(new IllegalArgumentException("bad"))).isFalse();
    }
}
