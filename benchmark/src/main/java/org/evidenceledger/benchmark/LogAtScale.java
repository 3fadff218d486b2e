package org.evidenceledger.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.evidenceledger.query.digest.LedgerLog;
import org.evidenceledger.query.digest.MerkleTree;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The ledger log (RFC 9162 tree with stored subtree roots) at a size no HTTP run reaches here: its
 * own classes on the embedded default's H2 settings, a million leaves admitted in transactions of a
 * thousand, then the time of a root, an inclusion proof and a consistency proof at that size.
 */
final class LogAtScale {

    private LogAtScale() {
    }

    static List<String> rows(Path directory, int leaves) throws Exception {
        String url = DatabaseFloor.serviceUrl(directory);
        Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration/h2", "classpath:db/migration/common").load().migrate();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        dataSource.setAutoCommit(false);
        Connection connection = dataSource.getConnection();
        LedgerLog log = new LedgerLog(JdbcClient.create(dataSource));
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        HexFormat hex = HexFormat.of();
        long started = System.nanoTime();
        for (int i = 0; i < leaves; i++) {
            String hash = hex.formatHex(sha256.digest(("event-" + i).getBytes()));
            log.admit("event-" + i, "partnership-" + (i % 10_000), i / 10_000, hash);
            if (i % 1000 == 999) {
                connection.commit();
            }
        }
        connection.commit();
        double admitted = leaves / ((System.nanoTime() - started) / 1e9);
        MerkleTree tree = new MerkleTree(log);
        Random random = new Random(1);
        List<String> rows = new ArrayList<>();
        rows.add(row("ledger log: admission at " + leaves + " leaves", String.format(Locale.ROOT, "%,.0f leaves/s", admitted)));
        rows.add(row("ledger log: root of " + leaves + " leaves", median(() -> {
            tree.root(leaves - random.nextInt(1000));
            return 0;
        })));
        rows.add(row("ledger log: inclusion proof at " + leaves + " leaves", median(() -> {
            tree.inclusion(random.nextInt(leaves), leaves);
            return 0;
        })));
        rows.add(row("ledger log: consistency proof at " + leaves + " leaves", median(() -> {
            tree.consistency(1 + random.nextInt(leaves - 1), leaves);
            return 0;
        })));
        long bytes;
        try (Stream<Path> files = Files.walk(directory)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
        rows.add(row("ledger log: bytes on disk per leaf (leaves and stored roots)",
                String.format(Locale.ROOT, "%,.0f", bytes / (double) leaves)));
        dataSource.destroy();
        return rows;
    }

    private static String median(LongSupplier operation) {
        long[] nanos = new long[201];
        for (int i = 0; i < nanos.length; i++) {
            long started = System.nanoTime();
            operation.getAsLong();
            nanos[i] = System.nanoTime() - started;
        }
        java.util.Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%.2f ms median of %d", nanos[nanos.length / 2] / 1e6, nanos.length);
    }

    private static String row(String what, String measured) {
        return "| " + what + " | " + measured + " |  |  |";
    }
}
