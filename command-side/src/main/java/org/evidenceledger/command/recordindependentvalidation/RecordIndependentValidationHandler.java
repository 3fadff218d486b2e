package org.evidenceledger.command.recordindependentvalidation;

import org.axonframework.commandhandling.CommandHandler;
import org.evidenceledger.command.partnership.Accepted;
import org.evidenceledger.command.partnership.Partnerships;
import org.evidenceledger.events.IndependentValidationRecorded;
import org.springframework.stereotype.Component;

/** Offers the IndependentValidationRecorded entry to the partnership, which decides whether it may be recorded. */
@Component
public class RecordIndependentValidationHandler {

    private final Partnerships partnerships;

    public RecordIndependentValidationHandler(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @CommandHandler
    public Accepted handle(RecordIndependentValidation command) {
        return partnerships.decide(command.partnershipId(), partnership -> partnership.recordIndependentValidation(command.expectedVersion(),
                new IndependentValidationRecorded(command.partnershipId(), command.entryId(),
                command.validator(), command.studyDesign(), command.summary(), command.publishedOn(),
                command.source())));
    }
}
