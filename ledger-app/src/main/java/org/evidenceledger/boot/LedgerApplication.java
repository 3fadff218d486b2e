package org.evidenceledger.boot;

import org.evidenceledger.platform.LedgerLauncher;
import org.evidenceledger.platform.backup.Restore;
import org.evidenceledger.query.audit.AuditCommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The embedded default: command and query sides in one process, on H2 files under the data directory. */
@SpringBootApplication(scanBasePackages = {
        "org.evidenceledger.platform", "org.evidenceledger.command", "org.evidenceledger.query"})
public class LedgerApplication {

    /**
     * With {@code verify} or {@code replay} as first argument, runs that audit offline and exits; with
     * {@code restore}, unpacks a backup into an empty data directory and exits.
     */
    public static void main(String[] args) {
        if (Restore.handles(args)) {
            System.exit(Restore.run(args, System.out));
        }
        if (AuditCommandLine.handles(args)) {
            System.exit(AuditCommandLine.run(LedgerApplication.class, args));
        }
        LedgerLauncher.run(LedgerApplication.class, args);
    }
}
