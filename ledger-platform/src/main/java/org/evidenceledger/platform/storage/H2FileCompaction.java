package org.evidenceledger.platform.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Compacts the embedded H2 file while the service runs. With {@code WRITE_DELAY=0} (every commit
 * written before it is acknowledged) H2 starts no background writer, and that thread is also what
 * rewrites half-empty chunks and shrinks the file: without it every commit leaves a chunk behind
 * (measured: 40-90 KB per event). Every {@code ledger.storage.compaction-interval} this runs, for at most
 * {@code ledger.storage.compaction-max-time}, the steps of H2's own {@link MVStore#compactFile(int)}: it
 * rewrites live pages out of sparse chunks, moves chunks to the front, syncs before it overwrites anything
 * and truncates the file. Unlike {@code compactFile}, which holds H2's store lock throughout and rewrites
 * 16 MB a step, each step here takes the lock for {@value #STEP_BYTES} bytes: every commit waits for the
 * store lock, and under a full command load {@code compactFile} held it 150-400 ms each second (JFR: group
 * commits, projection and ledger log all parked on {@code MVStore.commit} meanwhile), which was the read
 * side's lag spikes. On any other database it does nothing.
 */
@Component
public class H2FileCompaction implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(H2FileCompaction.class);
    /** What one step rewrites or moves while it holds the store lock. */
    static final int STEP_BYTES = 4 * 1024 * 1024;
    /** H2's unit of allocation in the file (FileStore.BLOCK_SIZE, not public). */
    private static final int H2_BLOCK_BYTES = 4096;
    /** Chunks less full than this are rewritten: H2's default auto-compact fill rate. */
    private static final int FILL_RATE = 90;

    private final DataSource dataSource;
    private final FreeSpaceGuard freeSpace;
    private final Duration interval;
    private final int maxCompactMillis;
    private final ReentrantLock compacting = new ReentrantLock();
    private ScheduledExecutorService scheduler;

    public H2FileCompaction(DataSource dataSource, FreeSpaceGuard freeSpace,
                            @Value("${ledger.storage.compaction-interval:1s}") Duration interval,
                            @Value("${ledger.storage.compaction-max-time:200ms}") Duration maxCompactTime) {
        this.dataSource = dataSource;
        this.freeSpace = freeSpace;
        this.interval = interval;
        this.maxCompactMillis = Math.toIntExact(maxCompactTime.toMillis());
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
            MVStore store = EmbeddedH2File.storeOf(connection);
            if (store == null) {
                return -1;
            }
            // compaction runs with retention time 0, as compactFile does; the configured one (45 s by default)
            // protects the file on a power loss, so it comes back right after.
            int retention = store.getRetentionTime();
            try {
                store.setRetentionTime(0);
                compactInSteps(store);
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

    /**
     * {@code compactFile}'s steps, each taking and releasing the store lock: rewrite what is live out of chunks
     * less full than {@value #FILL_RATE}%, and move chunks into the file's holes while it is less full than
     * that (so that it can be truncated), until neither has anything to do or the time is up. The move step
     * first frees the chunks nothing uses any more (with the retention time 0 of the compaction), and only then
     * asks how full the file is: asked before, the file still counted them, and its space came free only when a
     * commit freed them after the retention time (45 s).
     */
    private void compactInSteps(MVStore store) {
        FileStore<?> file = store.getFileStore();
        long moveBytes = Math.max(STEP_BYTES, largestChunkBytes(store));
        long stopAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxCompactMillis);
        while (System.nanoTime() - stopAt < 0) {
            boolean rewritten = file.compact(FILL_RATE, STEP_BYTES);
            if (rewritten) {
                file.sync();
            }
            boolean moved = false;
            if (file instanceof RandomAccessStore chunks) {
                long size = chunks.size();
                int fillRate = chunks.getFillRate();
                chunks.compactMoveChunks(FILL_RATE, moveBytes, store);
                moved = chunks.size() != size || chunks.getFillRate() != fillRate;
            }
            if (!rewritten && !moved) {
                return;
            }
        }
    }

    /**
     * The length of the file's largest chunk. A step moves only chunks that fit in what it may move, so a step
     * smaller than a chunk never moves it, and that chunk left near the end of the file keeps the file from being
     * truncated below it: measured after a benchmark, a 525 MB file whose chunks were 31% live stayed at 517 MB
     * behind a chunk of 4.3 MB (a commit, or a compaction step's own rewrite, writes one chunk of any size). The
     * chunks' lengths are in H2's layout map, in blocks of {@value #H2_BLOCK_BYTES} bytes.
     */
    private static long largestChunkBytes(MVStore store) {
        long blocks = 0;
        for (Map.Entry<String, String> entry : store.getLayoutMap().entrySet()) {
            if (entry.getKey().startsWith(DataUtils.LAYOUT_CHUNK)) {
                blocks = Math.max(blocks, DataUtils.readHexLong(DataUtils.parseMap(entry.getValue()), "len", 0));
            }
        }
        return blocks * H2_BLOCK_BYTES;
    }

    @Override
    public synchronized void start() {
        if (scheduler != null || interval.isZero() || interval.isNegative() || !EmbeddedH2File.opened(dataSource)) {
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
     * Lets a compaction under way finish (at most compaction-max-time) rather than interrupting it: a thread
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
