package org.evidenceledger.query.summary;

import java.math.BigDecimal;
import java.util.List;

/** The median of whole-day counts: the middle one, or the mean of the two middle ones (e.g. 86.5). */
public final class Median {

    private Median() {
    }

    /** @param sorted the values in order; null when there are none */
    public static BigDecimal of(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        long sum = sorted.get((int) low(n)) + sorted.get((int) high(n));
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(2)).stripTrailingZeros().setScale(sum % 2 == 0 ? 0 : 1);
    }

    /** The position, from 0, of the lower middle one of {@code n} values in order. */
    public static long low(long n) {
        return (n - 1) / 2;
    }

    /** The position, from 0, of the upper middle one of {@code n} values in order: the same as low for an odd n. */
    public static long high(long n) {
        return n / 2;
    }
}
