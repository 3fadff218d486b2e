package org.evidenceledger.command.announcepartnership;

import org.axonframework.commandhandling.CommandHandler;
import org.evidenceledger.command.partnership.Accepted;
import org.evidenceledger.command.partnership.Partnerships;
import org.evidenceledger.events.PartnershipAnnounced;
import org.springframework.stereotype.Component;

/** Creates the partnership from its announcement, so it answers like every other command: at version 0. */
@Component
public class AnnouncePartnershipHandler {

    private final Partnerships partnerships;

    public AnnouncePartnershipHandler(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @CommandHandler
    public Accepted handle(AnnouncePartnership command) throws Exception {
        return partnerships.announce(new PartnershipAnnounced(command.partnershipId(), command.title(),
                command.parties(), command.announcedOn(), command.source(), command.modelName(), command.dataBasis(),
                command.intendedUses(), command.buildsOn()));
    }
}
