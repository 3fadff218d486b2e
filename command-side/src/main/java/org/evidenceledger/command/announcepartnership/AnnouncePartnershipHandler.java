package org.evidenceledger.command.announcepartnership;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.evidenceledger.command.partnership.Partnership;
import org.evidenceledger.command.partnership.Recorded;
import org.evidenceledger.command.partnership.RecordedPartnerships;
import org.springframework.stereotype.Component;

/** Creates the aggregate, so the announcement answers like every other command: its version is 0. */
@Component
public class AnnouncePartnershipHandler {

    private final Repository<Partnership> repository;
    private final RecordedPartnerships recordedPartnerships;

    public AnnouncePartnershipHandler(Repository<Partnership> repository, RecordedPartnerships recordedPartnerships) {
        this.repository = repository;
        this.recordedPartnerships = recordedPartnerships;
    }

    @CommandHandler
    public Recorded handle(AnnouncePartnership command) throws Exception {
        repository.newInstance(() -> new Partnership(command, recordedPartnerships));
        return new Recorded(command.partnershipId().value(), null, 0);
    }
}
