package org.evidenceledger.platform.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Compacts the embedded H2 file while the service runs. With {@code WRITE_DELAY=0} (every commit
 * written before it is acknowledged) H2 starts no background writer, and that thread is also what
 * rewrites half-empty chunks and shrinks the file: without it every commit leaves a chunk behind
 * (measured: 40-90 KB per event). Every {@code ledger.storage.compaction-interval} this takes one step of
 * what that thread does, at most {@code ledger.storage.compaction-step} each: H2's
 * {@link MVStore#compact(int, int)} rewrites the live pages of sparse chunks (the next commits write them),
 * and {@link RandomAccessStore#compactMoveChunks(int, long, MVStore)} moves chunks from the end of the file
 * into the space freed at its front, syncs, and truncates the file.
 * <p>
 * Small steps, because each holds H2's store lock, and every commit waits for it: {@link MVStore#compactFile(int)},
 * used before, held it for its whole run (half a second measured, each second, under load), and commands and the
 * projection stood still meanwhile. On any other database this does nothing.
 */
@Component
public class H2FileCompaction implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(H2FileCompaction.class);
    /** Chunks less full than this (percent of live data) have their pages rewritten. */
    private static final int TARGET_FILL_RATE = 90;
    /** H2's own housekeeping moves chunks at any fill rate (above 100: always). */
    private static final int MOVE_ALL = 101;

    private final DataSource dataSource;
    private final FreeSpaceGuard freeSpace;
    private final Duration interval;
    private final int stepBytes;
    private final ReentrantLock compacting = new ReentrantLock();
    private ScheduledExecutorService scheduler;

    public H2FileCompaction(DataSource dataSource, FreeSpaceGuard freeSpace,
                            @Value("${ledger.storage.compaction-interval:1s}") Duration interval,
                            @Value("${ledger.storage.compaction-step:1MB}") DataSize step) {
        this.dataSource = dataSource;
        this.freeSpace = freeSpace;
        this.interval = interval;
        this.stepBytes = Math.toIntExact(step.toBytes());
    }

    /**
     * Compacts once now; answers the size of the file afterwards, or -1 on a database that is not an H2 file
     * and while the disk has no room: compaction writes before it frees, and on a full disk that write would
     * close the store.
     */
    public long compactNow() {
        if (!freeSpace.hasRoomForBackgroundWrites() || !compacting.tryLock()) {
            return -1;
        }
        try {
            return compactFile();
        } finally {
            compacting.unlock();
        }
    }

    /**
     * Runs {@code work} while no compaction moves chunks or truncates the file: an online backup copies the
     * file as it stands (H2's BACKUP stops reusing space while it copies, but a compaction already under way
     * would go on).
     */
    public <T> T withoutCompaction(Supplier<T> work) {
        compacting.lock();
        try {
            return work.get();
        } finally {
            compacting.unlock();
        }
    }

    private long compactFile() {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = fileStore(connection);
            if (store == null) {
                return -1;
            }
            // Freed chunks are kept for the retention time (45 s by default) before their space is reused: at
            // one chunk per commit that would be hundreds of megabytes. They are freed at once while compacting,
            // as H2's own compactFile does, and the configured time comes back right after.
            int retention = store.getRetentionTime();
            store.setRetentionTime(0);
            try {
                store.compact(TARGET_FILL_RATE, stepBytes);
                if (store.getFileStore() instanceof RandomAccessStore file) {
                    file.compactMoveChunks(MOVE_ALL, stepBytes, store);
                }
            } finally {
                store.setRetentionTime(retention);
            }
            return store.getFileStore().size();
        } catch (SQLException | RuntimeException e) {
            // A full disk or a closed store: the next command reports it; compaction tries again later.
            log.debug("H2 compaction skipped: {}", e.toString());
            return -1;
        }
    }

    private static MVStore fileStore(Connection connection) throws SQLException {
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

    private boolean isH2File() {
        try (Connection connection = dataSource.getConnection()) {
            return fileStore(connection) != null;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler != null || interval.isZero() || interval.isNegative() || !isH2File()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "h2-compaction");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::compactNow, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Lets a compaction under way finish (one step) rather than interrupting it: a thread
     * interrupted in the middle of its I/O closes H2's file channel, and with it the store, under every
     * request still running (seen on SIGTERM: commands in flight answered 503).
     */
    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** The last to stop: a shutdown's drain and the requests still in flight keep a compacted file. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1;
    }
}
