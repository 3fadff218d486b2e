package org.evidenceledger.query.organizations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.evidenceledger.events.Party;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.evidenceledger.query.summary.EvidenceGap;
import org.evidenceledger.query.summary.Median;
import org.evidenceledger.query.summary.PartnershipFilter;
import org.evidenceledger.query.summary.SortField;
import org.evidenceledger.query.summary.Summary;
import org.evidenceledger.query.summary.SummaryRepository;
import org.springframework.stereotype.Component;

/** One organization's partnerships (matched by name, case-insensitively) and the figures over them. */
@Component
public class OrganizationRecordQueryHandler {

    private final SummaryRepository summaries;
    private final ReadModelSlots slots;

    public OrganizationRecordQueryHandler(SummaryRepository summaries, ReadModelSlots slots) {
        this.summaries = summaries;
        this.slots = slots;
    }

    @QueryHandler
    public Optional<OrganizationRecord> handle(GetOrganizationRecord query) {
        String key = PartyRepository.key(query.name());
        PartnershipFilter filter = new PartnershipFilter(null, query.name(), null, null,
                SortField.DAYS_WITHOUT_OUTCOME_DATA, true, 0, Integer.MAX_VALUE);
        List<Summary> items = new ArrayList<>();
        summaries.forEach(slots.active(), filter, query.at(), items::add);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        String name = items.get(0).parties().stream().map(Party::name)
                .filter(party -> PartyRepository.key(party).equals(key)).findFirst().orElse(query.name());
        long withOutcome = items.stream().filter(summary -> summary.outcomeReports() > 0).count();
        List<Long> daysWithout = items.stream().filter(summary -> summary.outcomeReports() == 0)
                .map(Summary::daysWithoutOutcomeData).sorted().toList();
        List<Long> daysToFirst = items.stream().map(Summary::daysToFirstOutcomeData).filter(Objects::nonNull)
                .sorted().toList();
        long overdue = items.stream().filter(summary -> summary.evidenceGaps().contains(EvidenceGap.DEPLOYMENT_OVERDUE))
                .count();
        BigDecimal share = BigDecimal.valueOf(withOutcome).divide(BigDecimal.valueOf(items.size()), 4, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        return Optional.of(new OrganizationRecord(name, items.size(), withOutcome, share.scale() < 0 ? share.setScale(0) : share,
                Median.of(daysWithout), Median.of(daysToFirst), overdue, items));
    }
}
