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
        long sum = sorted.get((n - 1) / 2) + sorted.get(n / 2);
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(2)).stripTrailingZeros().setScale(sum % 2 == 0 ? 0 : 1);
    }
}
