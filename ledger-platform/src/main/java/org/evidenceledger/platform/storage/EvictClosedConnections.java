package org.evidenceledger.platform.storage;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Hikari's hook (spring.datasource.hikari.exception-override-class-name) for errors it does not know
 * as fatal. When H2 cannot write its file (a full disk, an I/O error) its store closes for good, and
 * every pooled connection to it answers 90098 "database closed" while {@code isValid} still says
 * true. Evicting them makes the next connection open the database again from what is on disk.
 */
public class EvictClosedConnections implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException sqlException) {
        return StorageFailures.isStorageFailure(sqlException) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
