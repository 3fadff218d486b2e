package org.evidenceledger.query.lineage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.queryhandling.QueryHandler;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.evidenceledger.query.summary.Summary;
import org.evidenceledger.query.summary.SummaryRepository;
import org.evidenceledger.query.summary.SummaryRow;
import org.evidenceledger.query.time.ReferenceTime;
import org.springframework.stereotype.Component;

/**
 * Walks buildsOn links breadth first, both ways, so each partnership appears once at its shortest
 * depth. buildsOn may only name partnerships already recorded, so the links never form a cycle; the
 * walk guards against one all the same.
 */
@Component
public class LineageQueryHandler {

    private final LinkRepository links;
    private final SummaryRepository summaries;
    private final ReadModelSlots slots;

    public LineageQueryHandler(LinkRepository links, SummaryRepository summaries, ReadModelSlots slots) {
        this.links = links;
        this.summaries = summaries;
        this.slots = slots;
    }

    @QueryHandler
    public Optional<Lineage> handle(GetLineage query) {
        ReadModelSlot slot = slots.active();
        ReferenceTime at = query.at();
        Optional<SummaryRow> self = summaries.find(slot, query.partnershipId(), at);
        if (self.isEmpty()) {
            return Optional.empty();
        }
        List<Link> ancestors = walk(slot, query.partnershipId(), at, id -> links.buildsOn(slot, id, at));
        List<Link> descendants = walk(slot, query.partnershipId(), at, id -> links.builtOnBy(slot, id, at));
        long withOutcomeData = ancestors.stream().filter(link -> link.outcomeReports() > 0).count();
        return Optional.of(new Lineage(query.partnershipId(), ancestors, descendants, withOutcomeData,
                self.get().version()));
    }

    private List<Link> walk(ReadModelSlot slot, String start, ReferenceTime at, Function<String, List<String>> next) {
        Map<String, Integer> depths = new LinkedHashMap<>();
        depths.put(start, 0);
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String current = queue.removeFirst();
            for (String linked : next.apply(current)) {
                if (!depths.containsKey(linked)) {
                    depths.put(linked, depths.get(current) + 1);
                    queue.addLast(linked);
                }
            }
        }
        depths.remove(start);
        List<Link> found = new ArrayList<>();
        depths.forEach((id, depth) -> summaries.find(slot, id, at)
                .ifPresent(row -> found.add(Link.of(Summary.of(row, at.referenceDate()), depth))));
        found.sort(Comparator.comparingInt(Link::depth).thenComparing(Link::partnershipId));
        return found;
    }
}
