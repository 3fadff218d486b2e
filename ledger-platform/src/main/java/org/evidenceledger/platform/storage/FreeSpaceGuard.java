package org.evidenceledger.platform.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Keeps headroom on the embedded default's disk: below {@code ledger.storage.min-free-space} left in
 * the data directory, commands are refused (503) before they write, so H2 rarely meets a full disk in
 * the middle of a write (it then closes its store, see README). Health reports the same threshold.
 * With any database but an H2 file it never refuses.
 */
@Component
public class FreeSpaceGuard {

    /** Background writes stop below this much free space, whatever the headroom (see README). */
    static final long BACKGROUND_FLOOR_BYTES = 1 << 20;

    private final Path dataDirectory;
    private final long minFreeBytes;
    private final boolean embedded;

    public FreeSpaceGuard(@Value("${ledger.data-dir}") Path dataDirectory,
                          @Value("${ledger.storage.min-free-space:8MB}") DataSize minFreeSpace,
                          @Value("${spring.datasource.url:}") String url) {
        this.dataDirectory = dataDirectory;
        this.minFreeBytes = minFreeSpace.toBytes();
        this.embedded = isH2File(url);
        createIfMissing(dataDirectory);
    }

    /** The embedded default: an H2 file database (the other choice is PostgreSQL). */
    public static boolean isH2File(String datasourceUrl) {
        return datasourceUrl != null && datasourceUrl.startsWith("jdbc:h2:file:");
    }

    /**
     * Health checks the free space of the data directory (management.health.diskspace.path), and a
     * directory that does not exist has none: on other databases nothing else would create it.
     */
    private static void createIfMissing(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + directory, e);
        }
    }

    public void assertRoomToStore() {
        if (embedded && usableBytes() < minFreeBytes) {
            throw new StorageUnavailableException("less than " + minFreeBytes + " bytes left in " + dataDirectory);
        }
    }

    /**
     * Whether what the service writes of its own accord (a processor refreshing its claim, compaction) may
     * write now: not below the headroom, nor below {@link #BACKGROUND_FLOOR_BYTES} even without one. On a
     * full disk H2 closes its store at the first write it cannot make, under every query reading it.
     */
    public boolean hasRoomForBackgroundWrites() {
        return !embedded || usableBytes() >= Math.max(minFreeBytes, BACKGROUND_FLOOR_BYTES);
    }

    private long usableBytes() {
        try {
            return Files.getFileStore(dataDirectory).getUsableSpace();
        } catch (IOException unreadable) {
            // the directory vanished under us: H2 will say so itself when it writes
            return Long.MAX_VALUE;
        }
    }
}
