package org.evidenceledger.platform.backup;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * One backup of the embedded default (API.md, Operations). {@code events}: the events the store held when
 * the backup began, all of them in the file (commands acknowledged while it ran may be in it too).
 */
public record Backup(String backupId, BackupStatus status, String file, @Schema(nullable = true) Long events,
                     Instant startedAt, @Schema(nullable = true) Instant completedAt) {

    Backup completed(long events, Instant at) {
        return new Backup(backupId, BackupStatus.COMPLETED, file, events, startedAt, at);
    }

    Backup failed(Instant at) {
        return new Backup(backupId, BackupStatus.FAILED, file, events, startedAt, at);
    }
}
