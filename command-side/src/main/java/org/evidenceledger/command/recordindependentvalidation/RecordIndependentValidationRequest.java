package org.evidenceledger.command.recordindependentvalidation;

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
import org.evidenceledger.platform.intake.Prose;
import org.evidenceledger.platform.time.NotInFuture;

public record RecordIndependentValidationRequest(
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String entryId,
        @NotNull @Name @Size(max = 300) String validator,
        @NotNull @Name @Size(max = 300) String studyDesign,
        @NotNull @Prose @Size(max = 5000) String summary,
        @NotNull @NotInFuture LocalDate publishedOn,
        @NotNull @Valid SourceRequest source) {

    RecordIndependentValidation toCommand(CommandContext context) {
        return new RecordIndependentValidation(context.partnershipId(),
                context.entryId(entryId, EntryType.INDEPENDENT_VALIDATION), context.expectedVersion(),
                validator, studyDesign, summary, publishedOn, source.toSource());
    }
}
