package org.evidenceledger.command.announcedeploymenttimeline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.evidenceledger.command.web.CommandContext;
import org.evidenceledger.command.web.Slugs;
import org.evidenceledger.command.web.SourceRequest;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.platform.intake.Prose;
import org.evidenceledger.platform.time.NotInFuture;

/** targetDate may lie in the future; announcedOn, when given, may not. */
public record AnnounceDeploymentTimelineRequest(
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String entryId,
        @NotNull LocalDate targetDate,
        @NotNull @Prose @Size(max = 1000) String scope,
        @NotInFuture LocalDate announcedOn,
        @NotNull @Valid SourceRequest source) {

    AnnounceDeploymentTimeline toCommand(CommandContext context) {
        return new AnnounceDeploymentTimeline(context.partnershipId(),
                context.entryId(entryId, EntryType.DEPLOYMENT_TIMELINE), context.expectedVersion(),
                targetDate, scope, context.orToday(announcedOn), source.toSource());
    }
}
