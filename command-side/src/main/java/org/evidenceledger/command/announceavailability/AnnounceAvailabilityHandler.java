package org.evidenceledger.command.announceavailability;

import org.axonframework.commandhandling.CommandHandler;
import org.evidenceledger.command.partnership.Accepted;
import org.evidenceledger.command.partnership.Partnerships;
import org.evidenceledger.events.AvailabilityAnnounced;
import org.springframework.stereotype.Component;

/** Offers the AvailabilityAnnounced entry to the partnership, which decides whether it may be recorded. */
@Component
public class AnnounceAvailabilityHandler {

    private final Partnerships partnerships;

    public AnnounceAvailabilityHandler(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @CommandHandler
    public Accepted handle(AnnounceAvailability command) {
        return partnerships.decide(command.partnershipId(), partnership -> partnership.announceAvailability(command.expectedVersion(),
                new AvailabilityAnnounced(command.partnershipId(), command.entryId(), command.channel(),
                command.availableOn(), command.announcedOn(), command.source())));
    }
}
