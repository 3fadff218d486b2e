package org.evidenceledger.query.summary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Days without outcome data (PRODUCT.md): while no outcome data is on record, the whole days from the
 * announcement to the reference date; 0 once some is. Written once, here: in Java for the answers, and beside it
 * in SQL over the summary versions s for the list's filter and order, which page on the database's indexes.
 */
public final class DaysWithoutOutcomeData {

    /** {@link #waiting} in SQL. */
    static final String WAITING = "s.outcome_reports = 0";

    private DaysWithoutOutcomeData() {
    }

    /** Whether no outcome data is on record, so the days count. */
    public static boolean waiting(SummaryRow row) {
        return row.outcomeReports() == 0;
    }

    public static long of(SummaryRow row, LocalDate referenceDate) {
        return waiting(row) ? since(row.announcedOn(), referenceDate) : 0;
    }

    /** The whole days from an announcement to the reference date; 0 for one announced later. */
    public static long since(LocalDate announcedOn, LocalDate referenceDate) {
        return Math.max(0, ChronoUnit.DAYS.between(announcedOn, referenceDate));
    }

    /** The summaries with at least {@code days} (1 or more): waiting, and announced that many days before. */
    static Where atLeast(Where where, long days, LocalDate referenceDate) {
        return where.and(WAITING + " AND s.announced_on <= ?", referenceDate.minusDays(days));
    }

    /**
     * Most days first is: the waiting ones (outcome_reports 0) by announcement, earliest first, then those with
     * outcome data (0 days). That is the order of an index, so a page never sorts the ledger; for current
     * versions the index that starts with (slot, valid_to).
     */
    static String order(boolean mostFirst, boolean current) {
        String direction = mostFirst ? "ASC" : "DESC";
        return current
                ? Where.indexOrder(direction, "s.slot", "s.valid_to", "s.outcome_reports", "s.announced_on",
                        "s.partnership_id")
                : Where.indexOrder(direction, "s.outcome_reports", "s.announced_on", "s.partnership_id");
    }
}
