package org.evidenceledger.command.announcepartnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.evidenceledger.command.web.Slugs;
import org.evidenceledger.command.web.SourceRequest;
import org.evidenceledger.events.PartnershipId;
import org.evidenceledger.platform.intake.Name;
import org.evidenceledger.platform.intake.Prose;
import org.evidenceledger.platform.time.NotInFuture;

public record AnnouncePartnershipRequest(
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String partnershipId,
        @NotNull @Name @Size(max = 300) String title,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid PartyRequest> parties,
        @NotNull @NotInFuture LocalDate announcedOn,
        @NotNull @Valid SourceRequest source,
        @Name @Size(max = 300) String modelName,
        @Prose @Size(max = 2000) String dataBasis,
        @Size(max = 50) List<@NotNull @Name @Size(max = 300) String> intendedUses,
        @Size(max = 50) List<@NotNull @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> buildsOn) {

    AnnouncePartnership toCommand(PartnershipId id) {
        return new AnnouncePartnership(id, title.strip(),
                parties.stream().map(PartyRequest::toParty).toList(),
                announcedOn, source.toSource(), modelName, dataBasis, intendedUses,
                buildsOn == null ? List.of() : buildsOn.stream().distinct().map(PartnershipId::new).toList());
    }
}
