package org.evidenceledger.command.retractentry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.evidenceledger.command.web.CommandContext;
import org.evidenceledger.command.web.Slugs;
import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.platform.intake.Prose;

/** entryId names the entry to retract; the retraction itself gets a server-assigned id. */
public record RetractEntryRequest(
        @NotNull @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String entryId,
        @NotNull @Prose @Size(max = 2000) String reason) {

    RetractEntry toCommand(CommandContext context) {
        return new RetractEntry(context.partnershipId(), context.entryId(null, EntryType.RETRACTION),
                context.expectedVersion(), new EntryId(entryId), reason, context.today());
    }
}
