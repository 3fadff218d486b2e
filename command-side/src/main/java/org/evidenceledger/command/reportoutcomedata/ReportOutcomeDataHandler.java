package org.evidenceledger.command.reportoutcomedata;

import org.axonframework.commandhandling.CommandHandler;
import org.evidenceledger.command.partnership.Accepted;
import org.evidenceledger.command.partnership.Partnerships;
import org.evidenceledger.events.OutcomeDataReported;
import org.springframework.stereotype.Component;

/** Offers the OutcomeDataReported entry to the partnership, which decides whether it may be recorded. */
@Component
public class ReportOutcomeDataHandler {

    private final Partnerships partnerships;

    public ReportOutcomeDataHandler(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @CommandHandler
    public Accepted handle(ReportOutcomeData command) {
        return partnerships.decide(command.partnershipId(), partnership -> partnership.reportOutcomeData(command.expectedVersion(),
                new OutcomeDataReported(command.partnershipId(), command.entryId(), command.measure(),
                command.value(), command.unit(), command.reportedOn(), command.source(), command.baseline(),
                command.population())));
    }
}
