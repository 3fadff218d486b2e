package org.evidenceledger.boot;

import org.evidenceledger.platform.LedgerLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The query side alone: projections, the query and audit APIs, for production shapes. */
@SpringBootApplication(scanBasePackages = {"org.evidenceledger.platform", "org.evidenceledger.query"})
public class QuerySideApplication {

    public static void main(String[] args) {
        LedgerLauncher.run(QuerySideApplication.class, args);
    }
}
