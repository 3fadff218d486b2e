package org.evidenceledger.boot;

import org.evidenceledger.platform.LedgerLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The embedded default: command and query sides in one process, on H2 files under the data directory. */
@SpringBootApplication(scanBasePackages = {
        "org.evidenceledger.platform", "org.evidenceledger.command", "org.evidenceledger.query"})
public class LedgerApplication {

    public static void main(String[] args) {
        LedgerLauncher.run(LedgerApplication.class, args);
    }
}
