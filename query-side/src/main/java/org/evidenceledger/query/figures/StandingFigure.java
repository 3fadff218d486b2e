package org.evidenceledger.query.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.evidenceledger.query.summary.DaysWithoutOutcomeData;
import org.evidenceledger.query.summary.Median;
import org.evidenceledger.query.summary.Stage;

/**
 * The figures of a scope (the whole ledger, or one organization) at one point of recorded time. The median
 * days without outcome data depend on the day they are counted to, so the figure keeps the announcement
 * dates of the middle partnership(s) without outcome data: on day D the median is D minus those dates.
 *
 * @param scope      {@link #LEDGER} or an organization's name key
 * @param name       the organization's name as first recorded ({@code ""} for the ledger)
 * @param low  position (n - 1) / 2 of the n partnerships without outcome data; null when n is 0
 * @param high position n / 2 (the same as low for an odd n)
 */
public record StandingFigure(String scope, String name, long partnerships, long withOutcomeData,
                             Map<Stage, Long> byStage, Middle low, Middle high) {

    public static final String LEDGER = "";

    public StandingFigure {
        byStage = Collections.unmodifiableMap(new EnumMap<>(byStage));
    }

    public static StandingFigure empty(String scope, String name) {
        Map<Stage, Long> none = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            none.put(stage, 0L);
        }
        return new StandingFigure(scope, name, 0, 0, none, null, null);
    }

    public long withoutOutcomeData() {
        return partnerships - withOutcomeData;
    }

    /** The median of the days without outcome data counted to {@code day}; null when every partnership has some. */
    public BigDecimal medianDaysWithoutOutcomeData(LocalDate day) {
        if (low == null) {
            return null;
        }
        return Median.of(List.of(DaysWithoutOutcomeData.since(high.announcedOn(), day),
                DaysWithoutOutcomeData.since(low.announcedOn(), day)));
    }
}
