package org.evidenceledger.command.announcedeploymenttimeline;

import org.axonframework.commandhandling.CommandHandler;
import org.evidenceledger.command.partnership.Accepted;
import org.evidenceledger.command.partnership.Partnerships;
import org.evidenceledger.events.DeploymentTimelineAnnounced;
import org.springframework.stereotype.Component;

/** Offers the DeploymentTimelineAnnounced entry to the partnership, which decides whether it may be recorded. */
@Component
public class AnnounceDeploymentTimelineHandler {

    private final Partnerships partnerships;

    public AnnounceDeploymentTimelineHandler(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @CommandHandler
    public Accepted handle(AnnounceDeploymentTimeline command) {
        return partnerships.decide(command.partnershipId(), partnership -> partnership.announceDeploymentTimeline(command.expectedVersion(),
                new DeploymentTimelineAnnounced(command.partnershipId(), command.entryId(),
                command.targetDate(), command.scope(), command.announcedOn(), command.source())));
    }
}
