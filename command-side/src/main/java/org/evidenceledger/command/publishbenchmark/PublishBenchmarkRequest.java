package org.evidenceledger.command.publishbenchmark;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.evidenceledger.command.web.CommandContext;
import org.evidenceledger.command.web.Slugs;
import org.evidenceledger.command.web.SourceRequest;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.events.OutcomeMeasure;
import org.evidenceledger.platform.intake.Name;
import org.evidenceledger.platform.time.NotInFuture;

public record PublishBenchmarkRequest(
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String entryId,
        @NotNull @Name @Size(max = 300) String metric,
        @NotNull BigDecimal value,
        @NotNull @Name @Size(max = 100) String unit,
        @NotNull @NotInFuture LocalDate publishedOn,
        @NotNull @Valid SourceRequest source,
        @Name @Size(max = 300) String dataset,
        @Name @Size(max = 300) String comparator,
        Boolean independent,
        Boolean peerReviewed,
        @Positive Integer sampleSize,
        OutcomeMeasure measure) {

    PublishBenchmark toCommand(CommandContext context) {
        return new PublishBenchmark(context.partnershipId(), context.entryId(entryId, EntryType.BENCHMARK),
                context.expectedVersion(), metric, value, unit, publishedOn, source.toSource(), dataset, comparator,
                Boolean.TRUE.equals(independent), Boolean.TRUE.equals(peerReviewed), sampleSize, measure);
    }
}
