package org.evidenceledger.command.announcepartnership;

import java.time.LocalDate;
import java.util.List;
import org.evidenceledger.events.PartnershipId;
import org.evidenceledger.events.Party;
import org.evidenceledger.events.Source;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AnnouncePartnership(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        String title,
        List<Party> parties,
        LocalDate announcedOn,
        Source source,
        String modelName,
        String dataBasis,
        List<String> intendedUses,
        List<PartnershipId> buildsOn) {
}
