package org.evidenceledger.command.retractentry;

import org.axonframework.commandhandling.CommandHandler;
import org.evidenceledger.command.partnership.Accepted;
import org.evidenceledger.command.partnership.Partnerships;
import org.evidenceledger.events.EntryRetracted;
import org.springframework.stereotype.Component;

/** Offers the EntryRetracted entry to the partnership, which decides whether it may be recorded. */
@Component
public class RetractEntryHandler {

    private final Partnerships partnerships;

    public RetractEntryHandler(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @CommandHandler
    public Accepted handle(RetractEntry command) {
        return partnerships.decide(command.partnershipId(), partnership -> partnership.retractEntry(command.expectedVersion(),
                new EntryRetracted(command.partnershipId(), command.entryId(), command.retractedEntryId(),
                command.reason(), command.retractedOn())));
    }
}
