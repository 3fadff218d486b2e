package org.evidenceledger.boot;

import org.evidenceledger.platform.LedgerLauncher;
import org.evidenceledger.query.audit.AuditCommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The query side alone: projections, the query and audit APIs, for production shapes. */
@SpringBootApplication(scanBasePackages = {"org.evidenceledger.platform", "org.evidenceledger.query"})
public class QuerySideApplication {

    /** With {@code verify} or {@code replay} as first argument, runs that audit offline and exits. */
    public static void main(String[] args) {
        if (AuditCommandLine.handles(args)) {
            System.exit(AuditCommandLine.run(QuerySideApplication.class, args));
        }
        LedgerLauncher.run(QuerySideApplication.class, args);
    }
}
