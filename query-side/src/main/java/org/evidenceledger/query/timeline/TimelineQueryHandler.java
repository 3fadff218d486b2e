package org.evidenceledger.query.timeline;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.springframework.stereotype.Component;

@Component
public class TimelineQueryHandler {

    private final TimelineRepository timelines;
    private final ReadModelSlots slots;

    public TimelineQueryHandler(TimelineRepository timelines, ReadModelSlots slots) {
        this.timelines = timelines;
        this.slots = slots;
    }

    @QueryHandler
    public Optional<Timeline> handle(GetTimeline query) {
        List<TimelineRow> rows = timelines.find(slots.active(), query.partnershipId(), query.at().recordedBefore());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Timeline(query.partnershipId(),
                rows.stream().map(row -> TimelineEntry.of(row, query.at())).toList()));
    }
}
