package org.evidenceledger.command.partnership;

import java.util.function.Function;
import org.axonframework.modelling.command.Repository;
import org.evidenceledger.events.PartnershipAnnounced;
import org.evidenceledger.events.PartnershipId;

/** The recorded partnerships, through Axon's repository: where a command slice asks one for its decision. */
public class Partnerships {

    private final Repository<Partnership> repository;
    private final RecordedPartnerships recorded;

    public Partnerships(Repository<Partnership> repository, RecordedPartnerships recorded) {
        this.repository = repository;
        this.recorded = recorded;
    }

    /** Creates the partnership; its announcement is version 0. */
    public Accepted announce(PartnershipAnnounced announcement) throws Exception {
        repository.newInstance(() -> new Partnership(announcement, recorded));
        return new Accepted(announcement.partnershipId(), null, 0);
    }

    /** Loads the partnership (unknown: Axon's AggregateNotFoundException) and lets it decide. */
    public Accepted decide(PartnershipId partnershipId, Function<Partnership, Accepted> decision) {
        return repository.load(partnershipId.value()).invoke(decision);
    }
}
