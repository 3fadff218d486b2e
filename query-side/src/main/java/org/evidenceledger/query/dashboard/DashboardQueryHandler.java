package org.evidenceledger.query.dashboard;

import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.evidenceledger.query.summary.Median;
import org.evidenceledger.query.summary.Stage;
import org.evidenceledger.query.summary.StageCount;
import org.evidenceledger.query.summary.Summary;
import org.evidenceledger.query.summary.SummaryRepository;
import org.evidenceledger.query.time.ReferenceTime;
import org.springframework.stereotype.Component;

/** Counts from a GROUP BY, the median and the top ten from indexed ordered reads: no full scan in Java. */
@Component
public class DashboardQueryHandler {

    private static final int LONGEST = 10;

    private final SummaryRepository summaries;
    private final ReadModelSlots slots;

    public DashboardQueryHandler(SummaryRepository summaries, ReadModelSlots slots) {
        this.summaries = summaries;
        this.slots = slots;
    }

    @QueryHandler
    public Dashboard handle(GetDashboard query) {
        String slot = slots.active();
        ReferenceTime at = query.at();
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        long total = 0;
        long without = 0;
        for (StageCount count : summaries.countByStage(slot, at)) {
            counts.put(count.stage(), count.partnerships());
            total += count.partnerships();
            without += count.withoutOutcomeData();
        }
        Map<Stage, Long> byStage = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            byStage.put(stage, counts.getOrDefault(stage, 0L));
        }
        List<Long> middle = summaries.longestWithoutOutcomeData(slot, at, (without - 1) / 2, without % 2 == 0 ? 2 : 1)
                .stream()
                .map(row -> Math.max(0, ChronoUnit.DAYS.between(row.announcedOn(), at.referenceDate())))
                .sorted()
                .toList();
        List<Summary> longest = summaries.longestWithoutOutcomeData(slot, at, 0, LONGEST).stream()
                .map(row -> Summary.of(row, at.referenceDate()))
                .toList();
        return new Dashboard(total, byStage, without, Median.of(middle), longest);
    }
}
