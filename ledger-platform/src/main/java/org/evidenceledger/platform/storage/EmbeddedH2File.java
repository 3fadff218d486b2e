package org.evidenceledger.platform.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/** The embedded default's database: an H2 file that this process opened itself. */
public final class EmbeddedH2File {

    private EmbeddedH2File() {
    }

    /**
     * The file's store, or null when the connection is not to an H2 file this process opened: another
     * database, a session to an H2 server, a database in memory, read-only or closed.
     */
    public static MVStore storeOf(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return null;
        }
        Database database = session.getDatabase();
        if (!database.isPersistent() || database.isReadOnly()) {
            return null;
        }
        MVStore store = database.getStore().getMvStore();
        return store.isClosed() || store.getFileStore() == null ? null : store;
    }

    /** Whether the data source's database is an H2 file this process opened ({@link #storeOf}). */
    public static boolean opened(DataSource dataSource) {
        return test(dataSource, connection -> storeOf(connection) != null);
    }

    /**
     * Whether the data source's database is an H2 file that no other process can use while this one runs: H2
     * locks a file while a process has it open, so whatever another process recorded in it, that process has
     * ended. Not with {@code AUTO_SERVER}, where other processes reach the file through this one.
     */
    public static boolean openedHereAlone(DataSource dataSource) {
        return test(dataSource, connection -> storeOf(connection) != null
                && !connection.getMetaData().getURL().toUpperCase(Locale.ROOT).contains("AUTO_SERVER=TRUE"));
    }

    /** False also when no connection can be had or the question fails: then nothing H2-specific is done. */
    private static boolean test(DataSource dataSource, ConnectionTest question) {
        try (Connection connection = dataSource.getConnection()) {
            return question.test(connection);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private interface ConnectionTest {
        boolean test(Connection connection) throws SQLException;
    }
}
