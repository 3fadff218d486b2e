package org.evidenceledger.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh ledger.data-dir (and so a fresh H2 file database) under target/, gone with the next clean. */
public final class TestDataDirectories {

    private TestDataDirectories() {
    }

    public static Path create(String prefix) {
        try {
            Path root = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(root, prefix + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
