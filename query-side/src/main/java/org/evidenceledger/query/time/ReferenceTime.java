package org.evidenceledger.query.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The point a query reads the ledger at. Without asOf: everything recorded, days counted to today.
 * As of date D: what was recorded before the end of D (UTC), days counted to D.
 *
 * @param referenceDate  the date days are counted to
 * @param recordedBefore the exclusive end of recorded time, or null for everything
 */
public record ReferenceTime(LocalDate referenceDate, Instant recordedBefore) {

    public static ReferenceTime now(LocalDate today) {
        return new ReferenceTime(today, null);
    }

    public static ReferenceTime asOf(LocalDate date) {
        return new ReferenceTime(date, date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    public boolean isCurrent() {
        return recordedBefore == null;
    }

    /** Whether something recorded at that instant is part of the ledger at this reference time. */
    public boolean includes(Instant recordedAt) {
        return recordedAt != null && (recordedBefore == null || recordedAt.isBefore(recordedBefore));
    }
}
