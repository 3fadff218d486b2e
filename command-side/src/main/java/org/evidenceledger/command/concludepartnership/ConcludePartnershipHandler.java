package org.evidenceledger.command.concludepartnership;

import org.axonframework.commandhandling.CommandHandler;
import org.evidenceledger.command.partnership.Accepted;
import org.evidenceledger.command.partnership.Partnerships;
import org.evidenceledger.events.PartnershipConcluded;
import org.springframework.stereotype.Component;

/** Offers the PartnershipConcluded entry to the partnership, which decides whether it may be recorded. */
@Component
public class ConcludePartnershipHandler {

    private final Partnerships partnerships;

    public ConcludePartnershipHandler(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @CommandHandler
    public Accepted handle(ConcludePartnership command) {
        return partnerships.decide(command.partnershipId(), partnership -> partnership.conclude(command.expectedVersion(),
                new PartnershipConcluded(command.partnershipId(), command.entryId(), command.concludedOn(),
                command.reason())));
    }
}
