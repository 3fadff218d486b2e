package org.evidenceledger.platform.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.evidenceledger.platform.storage.DataDirectoryPath;

/**
 * {@code java -jar ledger-app.jar restore --from=<backup.zip> --ledger.data-dir=<empty directory>}: unpacks a
 * backup taken by {@code POST /api/admin/backups} into a data directory, with H2's own restore tool. It refuses
 * a directory that holds anything, so it never overwrites a ledger. The service then starts on that directory.
 */
public final class Restore {

    /** The database's name in the default URL ({@code jdbc:h2:file:${ledger.data-dir}/ledger}). */
    static final String DATABASE = "ledger";

    private Restore() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals("restore");
    }

    /** Answers the exit status: 0 restored, 2 refused. */
    public static int run(String[] args, PrintStream out) {
        String from = option(args, "--from=");
        String dataDir = option(args, "--ledger.data-dir=");
        if (dataDir == null) {
            dataDir = System.getenv().getOrDefault("LEDGER_DATA_DIR", "./data");
        }
        if (from == null || !Files.isRegularFile(Path.of(from))) {
            out.println("restore: --from=<backup file> must name a backup file" + (from == null ? "" : "; " + from + " is none"));
            return 2;
        }
        Path target = DataDirectoryPath.resolve(dataDir);
        try {
            if (holdsAnything(target)) {
                out.println("restore: " + target + " is not empty; restore into a new, empty data directory");
                return 2;
            }
            Files.createDirectories(target);
            org.h2.tools.Restore.execute(from, target.toString(), DATABASE);
        } catch (IOException | RuntimeException e) {
            out.println("restore: " + from + " could not be restored into " + target + ": " + e.getMessage());
            return 2;
        }
        out.println("restore: " + from + " restored into " + target + "; start the service with --ledger.data-dir="
                + target);
        return 0;
    }

    private static boolean holdsAnything(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return false;
        }
        if (!Files.isDirectory(directory)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isPresent();
        }
    }

    private static String option(String[] args, String prefix) {
        String value = null;
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                value = arg.substring(prefix.length());
            }
        }
        return value;
    }
}
