package org.evidenceledger.query.organizations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.evidenceledger.query.summary.Median;
import org.springframework.stereotype.Component;

/**
 * Ranks organizations as trial trackers rank sponsors, worst first: the longest median wait for
 * outcome data, then the most partnerships without any, then by name.
 */
@Component
public class OrganizationQueryHandler {

    private static final Comparator<Organization> WORST_FIRST = Comparator
            .comparing(Organization::medianDaysWithoutOutcomeData, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(Organization::withoutOutcomeData, Comparator.reverseOrder())
            .thenComparing(organization -> organization.name().toLowerCase(Locale.ROOT));

    private final PartyRepository parties;
    private final ReadModelSlots slots;

    public OrganizationQueryHandler(PartyRepository parties, ReadModelSlots slots) {
        this.parties = parties;
        this.slots = slots;
    }

    @QueryHandler
    public OrganizationRanking handle(FindOrganizations query) {
        Map<String, List<PartyRow>> byOrganization = new LinkedHashMap<>();
        for (PartyRow row : parties.parties(slots.active(), query.at())) {
            byOrganization.computeIfAbsent(row.nameKey(), key -> new ArrayList<>()).add(row);
        }
        LocalDate referenceDate = query.at().referenceDate();
        List<Organization> organizations = new ArrayList<>();
        for (List<PartyRow> rows : byOrganization.values()) {
            // An organization may hold several roles in one partnership; it counts once.
            Map<String, PartyRow> byPartnership = new LinkedHashMap<>();
            rows.forEach(row -> byPartnership.putIfAbsent(row.partnershipId(), row));
            Collection<PartyRow> distinct = byPartnership.values();
            long withOutcome = distinct.stream().filter(PartyRow::hasOutcomeData).count();
            List<Long> daysWithout = distinct.stream()
                    .filter(row -> !row.hasOutcomeData())
                    .map(row -> Math.max(0, ChronoUnit.DAYS.between(row.announcedOn(), referenceDate)))
                    .sorted()
                    .toList();
            organizations.add(new Organization(rows.get(0).name(), distinct.size(), withOutcome, daysWithout.size(),
                    Median.of(daysWithout)));
        }
        organizations.sort(WORST_FIRST);
        return new OrganizationRanking(organizations);
    }

}
