package org.evidenceledger.command.announceavailability;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.evidenceledger.command.web.CommandContext;
import org.evidenceledger.command.web.Slugs;
import org.evidenceledger.command.web.SourceRequest;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.platform.intake.Name;
import org.evidenceledger.platform.time.NotInFuture;

/** availableOn may lie in the future; announcedOn, when given, may not. */
public record AnnounceAvailabilityRequest(
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String entryId,
        @NotNull @Name @Size(max = 300) String channel,
        LocalDate availableOn,
        @NotInFuture LocalDate announcedOn,
        @NotNull @Valid SourceRequest source) {

    AnnounceAvailability toCommand(CommandContext context) {
        return new AnnounceAvailability(context.partnershipId(), context.entryId(entryId, EntryType.AVAILABILITY),
                context.expectedVersion(), channel, availableOn, context.orToday(announcedOn), source.toSource());
    }
}
