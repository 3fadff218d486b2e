package org.evidenceledger.platform.storage;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that cannot store (a full disk, an I/O error, a store closed by them, no
 * connection to be had) from a request the database refused. The first is an outage: answer 503
 * and let the client retry; the second is the client's or our own error.
 */
public final class StorageFailures {

    private StorageFailures() {
    }

    public static boolean isStorageFailure(Throwable failure) {
        return isStorageFailure(failure, 0);
    }

    private static boolean isStorageFailure(Throwable failure, int depth) {
        for (Throwable cause = failure; cause != null && depth < 50; cause = cause.getCause(), depth++) {
            // H2 wraps the failed write of its file ("No space left on device") in a general error.
            if (cause instanceof IOException) {
                return true;
            }
            // A commit or rollback that failed: the connection is gone (Hikari closes an evicted one at
            // once, and then says so without an SQLState), which is no fault of the request.
            if (cause instanceof TransactionSystemException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isStorageFailure(sql)
                    // a batch insert (Axon appends events so) carries its cause as the next exception
                    || sql.getNextException() != null && isStorageFailure(sql.getNextException(), depth + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStorageFailure(SQLException sql) {
        if (sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException
                || sql instanceof SQLRecoverableException) {
            return true;
        }
        String state = sql.getSQLState();
        // 08: no connection (H2's "database closed" is 90098, a non-transient connection exception);
        // PostgreSQL: 53 insufficient resources (53100 disk full), 57P0 shut down, 58 I/O error.
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P0")
                || state.startsWith("58"));
    }
}
