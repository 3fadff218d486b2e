package org.evidenceledger.platform.storage;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Hikari's hook (spring.datasource.hikari.exception-override-class-name) for errors it does not know
 * as fatal. When H2 cannot write its file (a full disk, an I/O error) its store closes for good, and
 * every pooled connection to it answers 90098 "database closed" while {@code isValid} still says
 * true. Evicting one at its first such error also keeps our rollback and clean-up calls away from the
 * closed store: H2 2.4.240 can spin forever in {@code MVStore.registerVersionUsage} on a statement of a
 * transaction that was open when the store closed (seen here on {@code setAutoCommit}).
 */
public class EvictClosedConnections implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException sqlException) {
        return StorageFailures.isStorageFailure(sqlException) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
