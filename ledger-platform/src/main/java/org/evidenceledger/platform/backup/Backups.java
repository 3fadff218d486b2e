package org.evidenceledger.platform.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.evidenceledger.platform.storage.FreeSpaceGuard;
import org.evidenceledger.platform.storage.H2FileCompaction;
import org.evidenceledger.platform.web.LedgerProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Online backups of the embedded default, one after the other, with H2's own {@code BACKUP TO}: a
 * consistent copy of the database file while commands keep being committed (H2 appends new chunks
 * after the ones it copies). Every command acknowledged before a backup was requested is in it.
 * Statuses are kept in memory: after a restart the files remain, their statuses are gone.
 * PostgreSQL is backed up with its own tools (README, Operations).
 */
@Service
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final H2FileCompaction compaction;
    private final Path directory;
    private final Path databaseFile;
    private final long minFreeBytes;
    private final boolean embedded;
    private final Clock clock;
    private final Map<String, Backup> backups = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ledger-backup");
        thread.setDaemon(true);
        return thread;
    });

    public Backups(JdbcClient jdbc, H2FileCompaction compaction, @Value("${ledger.backup-dir}") Path directory,
                   @Value("${ledger.data-dir}") Path dataDirectory,
                   @Value("${ledger.storage.min-free-space:8MB}") DataSize minFreeSpace,
                   @Value("${spring.datasource.url:}") String url, Clock clock) {
        this.jdbc = jdbc;
        this.compaction = compaction;
        this.directory = directory.toAbsolutePath().normalize();
        this.databaseFile = dataDirectory.resolve(Restore.DATABASE + ".mv.db");
        this.minFreeBytes = minFreeSpace.toBytes();
        this.embedded = FreeSpaceGuard.isH2File(url);
        this.clock = clock;
    }

    public Backup start() {
        if (!embedded) {
            throw new LedgerProblem(HttpStatus.CONFLICT, "Backups are the database's own",
                    "This ledger runs on PostgreSQL: back it up with pg_basebackup (and WAL archiving) or pg_dump "
                            + "(README, Operations).");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String id = UUID.randomUUID().toString();
        Path file = directory.resolve("ledger-" + FILE_TIME.format(now) + "-" + id.substring(0, 8) + ".zip");
        Backup backup = new Backup(id, BackupStatus.RUNNING, file.toString(), null, now, null);
        backups.put(id, backup);
        worker.submit(() -> run(backup, file));
        return backup;
    }

    public Optional<Backup> find(String backupId) {
        return Optional.ofNullable(backups.get(backupId));
    }

    private void run(Backup backup, Path file) {
        try {
            Files.createDirectories(directory);
            assertRoomFor(file);
            long events = compaction.withoutCompaction(() -> {
                long stored = jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
                jdbc.sql("BACKUP TO '" + file.toString().replace("'", "''") + "'").update();
                return stored;
            });
            Backup done = backup.completed(events, clock.instant().truncatedTo(ChronoUnit.MILLIS));
            backups.put(backup.backupId(), done);
            log.info("Backup {} completed: {} events or more in {} ({} bytes)", backup.backupId(), events, file,
                    Files.size(file));
        } catch (IOException | RuntimeException e) {
            backups.put(backup.backupId(), backup.failed(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
            log.error("Backup {} into {} failed", backup.backupId(), file, e);
            deleteQuietly(file);
        }
    }

    /**
     * A backup that filled the disk would close H2's store (README, Durability): the copy may take at most
     * what leaves {@code ledger.storage.min-free-space} free afterwards.
     */
    private void assertRoomFor(Path file) throws IOException {
        long needed = Files.size(databaseFile) + minFreeBytes;
        long usable = Files.getFileStore(directory).getUsableSpace();
        if (usable < needed) {
            throw new IOException("only " + usable + " bytes free for " + file + ", " + needed + " needed");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the incomplete backup {}: {}", file, e.toString());
        }
    }
}
