package org.evidenceledger.command.deployclinically;

import org.axonframework.commandhandling.CommandHandler;
import org.evidenceledger.command.partnership.Accepted;
import org.evidenceledger.command.partnership.Partnerships;
import org.evidenceledger.events.ClinicallyDeployed;
import org.springframework.stereotype.Component;

/** Offers the ClinicallyDeployed entry to the partnership, which decides whether it may be recorded. */
@Component
public class DeployClinicallyHandler {

    private final Partnerships partnerships;

    public DeployClinicallyHandler(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @CommandHandler
    public Accepted handle(DeployClinically command) {
        return partnerships.decide(command.partnershipId(), partnership -> partnership.deployClinically(command.expectedVersion(),
                new ClinicallyDeployed(command.partnershipId(), command.entryId(), command.site(),
                command.scope(), command.deployedOn(), command.source())));
    }
}
