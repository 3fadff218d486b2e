package org.evidenceledger.query.organizations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.axonframework.queryhandling.QueryHandler;
import org.evidenceledger.query.figures.FigureRepository;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.springframework.stereotype.Component;

/**
 * Ranks organizations as trial trackers rank sponsors, worst first: the longest median wait for
 * outcome data, then the most partnerships without any, then by name. Each organization's figures are
 * one row the projection keeps, so a ranking reads one row per organization.
 */
@Component
public class OrganizationQueryHandler {

    private static final Comparator<Organization> WORST_FIRST = Comparator
            .comparing(Organization::medianDaysWithoutOutcomeData, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(Organization::withoutOutcomeData, Comparator.reverseOrder())
            .thenComparing(organization -> organization.name().toLowerCase(Locale.ROOT));

    private final FigureRepository figures;
    private final ReadModelSlots slots;

    public OrganizationQueryHandler(FigureRepository figures, ReadModelSlots slots) {
        this.figures = figures;
        this.slots = slots;
    }

    @QueryHandler
    public OrganizationRanking handle(FindOrganizations query) {
        LocalDate day = query.at().referenceDate();
        List<Organization> organizations = figures.organizations(slots.active(), query.at()).stream()
                .map(figure -> new Organization(figure.name(), figure.partnerships(), figure.withOutcomeData(),
                        figure.withoutOutcomeData(), figure.medianDaysWithoutOutcomeData(day)))
                .sorted(WORST_FIRST)
                .toList();
        return new OrganizationRanking(organizations);
    }
}
