package org.evidenceledger.command.reportoutcomedata;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.evidenceledger.command.web.CommandContext;
import org.evidenceledger.command.web.Slugs;
import org.evidenceledger.command.web.SourceRequest;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.events.OutcomeMeasure;
import org.evidenceledger.platform.intake.Name;
import org.evidenceledger.platform.intake.Prose;
import org.evidenceledger.platform.time.NotInFuture;

public record ReportOutcomeDataRequest(
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String entryId,
        @NotNull OutcomeMeasure measure,
        @NotNull BigDecimal value,
        @NotNull @Name @Size(max = 100) String unit,
        @NotNull @NotInFuture LocalDate reportedOn,
        @NotNull @Valid SourceRequest source,
        BigDecimal baseline,
        @Prose @Size(max = 1000) String population) {

    ReportOutcomeData toCommand(CommandContext context) {
        return new ReportOutcomeData(context.partnershipId(), context.entryId(entryId, EntryType.OUTCOME_DATA),
                context.expectedVersion(), measure, value, unit, reportedOn, source.toSource(), baseline, population);
    }
}
