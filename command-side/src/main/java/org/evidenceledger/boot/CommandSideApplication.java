package org.evidenceledger.boot;

import org.evidenceledger.platform.LedgerLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side alone: the command API and the aggregate, for production shapes. */
@SpringBootApplication(scanBasePackages = {"org.evidenceledger.platform", "org.evidenceledger.command"})
public class CommandSideApplication {

    public static void main(String[] args) {
        LedgerLauncher.run(CommandSideApplication.class, args);
    }
}
