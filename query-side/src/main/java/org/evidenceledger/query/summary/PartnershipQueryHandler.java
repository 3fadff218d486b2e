package org.evidenceledger.query.summary;

import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.springframework.stereotype.Component;

@Component
public class PartnershipQueryHandler {

    private final SummaryRepository summaries;
    private final ReadModelSlots slots;

    public PartnershipQueryHandler(SummaryRepository summaries, ReadModelSlots slots) {
        this.summaries = summaries;
        this.slots = slots;
    }

    @QueryHandler
    public Optional<Summary> handle(GetPartnershipSummary query) {
        return summaries.find(slots.active(), query.partnershipId(), query.at())
                .map(row -> Summary.of(row, query.at().referenceDate()));
    }

    @QueryHandler
    public PartnershipPage handle(FindPartnerships query) {
        return summaries.page(slots.active(), query.filter(), query.at());
    }
}
