package org.evidenceledger.query.lineage;

import io.swagger.v3.oas.annotations.media.Schema;
import org.evidenceledger.query.summary.Stage;
import org.evidenceledger.query.summary.Summary;

/** A partnership reachable through buildsOn, {@code depth} links away, with its outcome record. */
public record Link(String partnershipId, String title, int depth, Stage stage, int outcomeReports,
                   long daysWithoutOutcomeData, @Schema(nullable = true) Long daysToFirstOutcomeData) {

    static Link of(Summary summary, int depth) {
        return new Link(summary.partnershipId(), summary.title(), depth, summary.stage(), summary.outcomeReports(),
                summary.daysWithoutOutcomeData(), summary.daysToFirstOutcomeData());
    }
}
