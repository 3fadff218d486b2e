package org.evidenceledger.query.projection;

import java.time.Clock;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.evidenceledger.query.figures.FigureKeeper;
import org.evidenceledger.query.lineage.LinkRepository;
import org.evidenceledger.query.organizations.PartyRepository;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.evidenceledger.query.summary.SummaryRepository;
import org.evidenceledger.query.timeline.TimelineRepository;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Component;

/** What both slots' projections write to and tell. */
@Component
public record ProjectionStores(
        TimelineRepository timelines,
        SummaryRepository summaries,
        PartyRepository parties,
        LinkRepository links,
        FigureKeeper figures,
        ReadModelSlots slots,
        QueryUpdateEmitter updates,
        JsonMapper jsonMapper,
        Clock clock,
        PlatformTransactionManager transactionManager) {
}
