package org.evidenceledger.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ClinicallyDeployed(
        PartnershipId partnershipId,
        EntryId entryId,
        String site,
        DeploymentScope scope,
        LocalDate deployedOn,
        Source source) implements PartnershipEvent {

    @Override
    public EntryType entryType() {
        return EntryType.CLINICAL_DEPLOYMENT;
    }

    @Override
    public LocalDate occurredOn() {
        return deployedOn;
    }
}
