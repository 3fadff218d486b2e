package org.evidenceledger.command.concludepartnership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.evidenceledger.command.web.CommandContext;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.platform.intake.Prose;
import org.evidenceledger.platform.time.NotInFuture;

public record ConcludePartnershipRequest(
        @NotNull @NotInFuture LocalDate concludedOn,
        @NotNull @Prose @Size(max = 2000) String reason) {

    ConcludePartnership toCommand(CommandContext context) {
        return new ConcludePartnership(context.partnershipId(), context.entryId(null, EntryType.CONCLUSION),
                context.expectedVersion(), concludedOn, reason);
    }
}
