package org.evidenceledger.query.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;
import static org.evidenceledger.query.testing.Events.benchmark;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.evidenceledger.platform.testing.H2Plans;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finding a partnership's current summary version (for each event the projection applies, and each GET of a
 * summary), or the newest version it replaced before a day's end (each GET "as of" a past day), reads one row,
 * however long the partnership's stream: H2 counts the rows a statement scanned, and that count does not grow
 * with the stream.
 */
class NewestVersionLookupTest extends QuerySideHttpTest {

    private static final int BENCHMARKS = 40;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ReadModelSlots slots;

    @Test
    void givenFortyOneVersions_whenTheNewestIsLookedUp_thenOneRowIsRead() {
        String id = "lookup-long-stream";
        ledger.record("2026-03-02T10:00:00Z", announced(id, "2026-03-02"));
        long version = 0;
        for (int n = 1; n <= BENCHMARKS; n++) {
            version = ledger.record("2026-04-01T10:00:00Z", benchmark(id, "bench-" + n, "2026-04-01"));
        }
        api.awaitVersion(id, version);
        String slot = slots.active().value();

        H2Plans current = H2Plans.of(jdbc, SummaryRepository.currentVersion(false), slot, id);
        H2Plans asOf = H2Plans.of(jdbc, SummaryRepository.newestReplacedVersion(), slot, id,
                OffsetDateTime.of(2026, 4, 2, 0, 0, 0, 0, ZoneOffset.UTC));

        // a unique key's lookup reads its row and the next, to see that the key ends there
        assertThat(current.rowsRead()).isEqualTo(2);
        assertThat(asOf.rowsRead()).isEqualTo(1);
        assertThat(api.summary(id).path("version").asLong()).isEqualTo(BENCHMARKS);
    }
}
