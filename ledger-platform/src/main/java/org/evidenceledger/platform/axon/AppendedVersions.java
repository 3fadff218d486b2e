package org.evidenceledger.platform.axon;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each partnership's latest version appended by this process, known the moment its transaction commits.
 * On the embedded default this process is the ledger's only writer (H2 locks its file to one process), so
 * read-your-writes can wait for the version a command answered without asking the event store on every
 * query. With several writers (PostgreSQL) it knows only its own appends, and says so.
 */
public class AppendedVersions {

    private final boolean soleWriter;
    private final Map<String, Long> latest = new ConcurrentHashMap<>();

    public AppendedVersions(boolean soleWriter) {
        this.soleWriter = soleWriter;
    }

    /** An embedded H2 database that only this process opens (no AUTO_SERVER). */
    public static AppendedVersions forDatabase(String url) {
        String normalized = url.toUpperCase(Locale.ROOT);
        return new AppendedVersions(normalized.startsWith("JDBC:H2:") && !normalized.contains("AUTO_SERVER=TRUE"));
    }

    /** Whether every append to the ledger since this process started passes through it. */
    public boolean soleWriter() {
        return soleWriter;
    }

    /** Called once the transaction that appended {@code version} to the partnership has committed. */
    public void committed(String partnershipId, long version) {
        latest.merge(partnershipId, version, Math::max);
    }

    /** The latest version this process appended to the partnership since it started, if any. */
    public Optional<Long> latest(String partnershipId) {
        return Optional.ofNullable(latest.get(partnershipId));
    }
}
