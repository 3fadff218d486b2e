package org.evidenceledger.query.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.evidenceledger.query.figures.FigureRepository;
import org.evidenceledger.query.figures.StandingFigure;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.evidenceledger.query.summary.Stage;
import org.evidenceledger.query.summary.Summary;
import org.evidenceledger.query.summary.SummaryRepository;
import org.evidenceledger.query.time.ReferenceTime;
import org.springframework.stereotype.Component;

/**
 * The ledger's figures as the projection keeps them (one row, found by one seek, as of any day), and the
 * ten longest waits from an ordered read of the index: nothing here grows with the ledger.
 */
@Component
public class DashboardQueryHandler {

    private static final int LONGEST = 10;

    private final FigureRepository figures;
    private final SummaryRepository summaries;
    private final ReadModelSlots slots;

    public DashboardQueryHandler(FigureRepository figures, SummaryRepository summaries, ReadModelSlots slots) {
        this.figures = figures;
        this.summaries = summaries;
        this.slots = slots;
    }

    @QueryHandler
    public Dashboard handle(GetDashboard query) {
        ReadModelSlot slot = slots.active();
        ReferenceTime at = query.at();
        StandingFigure ledger = figures.inForce(slot, StandingFigure.LEDGER, at)
                .orElseGet(() -> StandingFigure.empty(StandingFigure.LEDGER, ""));
        Map<Stage, Long> byStage = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            byStage.put(stage, ledger.byStage().getOrDefault(stage, 0L));
        }
        List<Summary> longest = summaries.longestWithoutOutcomeData(slot, at, 0, LONGEST).stream()
                .map(row -> Summary.of(row, at.referenceDate()))
                .toList();
        return new Dashboard(ledger.partnerships(), byStage, ledger.withoutOutcomeData(),
                ledger.medianDaysWithoutOutcomeData(at.referenceDate()), longest);
    }
}
