package org.evidenceledger.platform.backup;

public enum BackupStatus {
    RUNNING,
    COMPLETED,
    FAILED
}
