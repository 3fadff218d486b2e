package org.evidenceledger.command.deployclinically;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.evidenceledger.command.web.CommandContext;
import org.evidenceledger.command.web.Slugs;
import org.evidenceledger.command.web.SourceRequest;
import org.evidenceledger.events.DeploymentScope;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.platform.intake.Name;
import org.evidenceledger.platform.time.NotInFuture;

public record DeployClinicallyRequest(
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String entryId,
        @NotNull @Name @Size(max = 300) String site,
        @NotNull DeploymentScope scope,
        @NotNull @NotInFuture LocalDate deployedOn,
        @NotNull @Valid SourceRequest source) {

    DeployClinically toCommand(CommandContext context) {
        return new DeployClinically(context.partnershipId(), context.entryId(entryId, EntryType.CLINICAL_DEPLOYMENT),
                context.expectedVersion(), site, scope, deployedOn, source.toSource());
    }
}
