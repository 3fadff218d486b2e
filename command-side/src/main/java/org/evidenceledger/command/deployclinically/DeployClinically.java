package org.evidenceledger.command.deployclinically;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evidenceledger.events.DeploymentScope;
import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.PartnershipId;
import org.evidenceledger.events.Source;

public record DeployClinically(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        EntryId entryId,
        Long expectedVersion,
        String site,
        DeploymentScope scope,
        LocalDate deployedOn,
        Source source) {
}
