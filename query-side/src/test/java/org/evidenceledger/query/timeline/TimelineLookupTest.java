package org.evidenceledger.query.timeline;

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
 * A partnership's timeline as of a date reads its own entries, however many other partnerships the ledger
 * holds: H2 counts the rows a statement scanned.
 */
class TimelineLookupTest extends QuerySideHttpTest {

    private static final int OTHERS = 40;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ReadModelSlots slots;

    @Test
    void givenManyPartnerships_whenATimelineIsReadAsOfADate_thenOnlyItsOwnEntriesAreRead() {
        for (int n = 0; n < OTHERS; n++) {
            ledger.record("2026-03-02T10:00:00Z", announced("lookup-crowd-" + n, "2026-03-02"));
        }
        String id = "lookup-own-timeline";
        ledger.record("2026-03-02T10:00:00Z", announced(id, "2026-03-02"));
        long version = ledger.record("2026-04-01T10:00:00Z", benchmark(id, "bench-1", "2026-04-01"));
        api.awaitVersion(id, version);

        String plan = H2Plans.of(jdbc, TimelineRepository.entriesOf(true), slots.active().value(), id,
                OffsetDateTime.of(2026, 4, 2, 0, 0, 0, 0, ZoneOffset.UTC)).plan();

        assertThat(plan).contains("scanCount: 3 ");
        assertThat(api.timeline(id, "2026-04-01").path("entries")).hasSize(2);
    }
}
