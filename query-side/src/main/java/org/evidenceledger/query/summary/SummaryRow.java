package org.evidenceledger.query.summary;

import java.time.LocalDate;
import java.util.List;
import org.evidenceledger.events.Party;

/**
 * One version of a partnership's summary as stored: everything that depends only on the events.
 * What depends on the reference date (days, overdue deployment) is derived by {@link Summary}.
 */
public record SummaryRow(
        String partnershipId,
        long version,
        String title,
        List<Party> parties,
        LocalDate announcedOn,
        Stage stage,
        boolean concluded,
        int benchmarks,
        int independentValidations,
        int clinicalDeployments,
        int outcomeReports,
        LocalDate deploymentTargetDate,
        LocalDate firstDeployedOn,
        LocalDate firstOutcomeReportedOn) {
}
