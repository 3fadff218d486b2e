package org.evidenceledger.query.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidenceledger.events.Party;
import org.evidenceledger.query.organizations.PartyRepository;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.evidenceledger.query.summary.DaysWithoutOutcomeData;
import org.evidenceledger.query.summary.Median;
import org.evidenceledger.query.summary.Stage;
import org.evidenceledger.query.summary.SummaryRow;
import org.springframework.stereotype.Component;

/**
 * Carries a change of one partnership's summary into the figures of the whole ledger and of each of its
 * organizations (each counting it once, whatever its roles and spelling), in the projection's transaction.
 */
@Component
public class FigureKeeper {

    private final FigureRepository figures;

    public FigureKeeper(FigureRepository figures) {
        this.figures = figures;
    }

    /** @param previous the summary before the event, null for the announcement */
    public void apply(ReadModelSlot slot, SummaryRow previous, SummaryRow next, Instant recordedAt) {
        if (previous != null && previous.stage() == next.stage()
                && DaysWithoutOutcomeData.waiting(previous) == DaysWithoutOutcomeData.waiting(next)) {
            // the same stage and the same side of outcome data: no count and no middle position can move
            return;
        }
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put(StandingFigure.LEDGER, "");
        for (Party party : next.parties()) {
            scopes.putIfAbsent(PartyRepository.key(party.name()), party.name());
        }
        scopes.forEach((scope, name) -> apply(slot, scope, name, previous, next, recordedAt));
    }

    private void apply(ReadModelSlot slot, String scope, String name, SummaryRow previous, SummaryRow next,
                       Instant recordedAt) {
        FigureRepository.Version stored = figures.current(slot, scope).orElse(null);
        StandingFigure before = stored == null ? StandingFigure.empty(scope, name) : stored.figure();
        boolean wasWaiting = previous != null && DaysWithoutOutcomeData.waiting(previous);
        boolean isWaiting = DaysWithoutOutcomeData.waiting(next);
        Map<Stage, Long> byStage = new EnumMap<>(before.byStage());
        if (previous != null) {
            byStage.merge(previous.stage(), -1L, Long::sum);
        }
        byStage.merge(next.stage(), 1L, Long::sum);
        long partnerships = before.partnerships() + (previous == null ? 1 : 0);
        long withOutcome = before.withOutcomeData() + (isWaiting ? 0 : 1) - (previous == null || wasWaiting ? 0 : 1);
        Middle low = before.low();
        Middle high = before.high();
        if (wasWaiting != isWaiting) {
            int change = isWaiting ? 1 : -1;
            figures.countWaiting(slot, scope, next.announcedOn(), change);
            long waiting = partnerships - withOutcome;
            low = move(slot, scope, low, next.announcedOn(), change, Median.low(waiting), waiting);
            high = move(slot, scope, high, next.announcedOn(), change, Median.high(waiting), waiting);
        }
        StandingFigure after = new StandingFigure(scope, before.name(), partnerships, withOutcome, byStage, low, high);
        if (after.equals(before)) {
            return;
        }
        Instant validFrom = stored != null && stored.validFrom().isAfter(recordedAt) ? stored.validFrom() : recordedAt;
        figures.store(slot, after, stored, validFrom);
    }

    /**
     * The middle position {@code rank} after one partnership announced on {@code changed} joined
     * ({@code change} +1) or left (-1) the scope's {@code waiting} partnerships without outcome data. The
     * rank and the partnerships before the position each move by at most one, so this takes a step or two
     * along the day buckets, whatever their number.
     */
    private Middle move(ReadModelSlot slot, String scope, Middle middle, LocalDate changed, int change, long rank,
                        long waiting) {
        if (waiting == 0) {
            return null;
        }
        Middle at = middle == null
                ? new Middle(figures.nextWaitingDay(slot, scope, null, true).orElseThrow(), 0)
                : changed.isBefore(middle.announcedOn()) ? new Middle(middle.announcedOn(), middle.before() + change) : middle;
        while (true) {
            if (rank < at.before()) {
                LocalDate earlier = figures.nextWaitingDay(slot, scope, at.announcedOn(), false).orElseThrow();
                at = new Middle(earlier, at.before() - figures.waitingOn(slot, scope, earlier));
            } else {
                long here = figures.waitingOn(slot, scope, at.announcedOn());
                if (rank < at.before() + here) {
                    return at;
                }
                LocalDate later = figures.nextWaitingDay(slot, scope, at.announcedOn(), true).orElseThrow();
                at = new Middle(later, at.before() + here);
            }
        }
    }
}
