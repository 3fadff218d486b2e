package org.evidenceledger.command.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.evidenceledger.command.partnership.Accepted;

/**
 * What a successful command answers (API.md): the partnership, the entry it recorded (left out for the
 * announcement) and the partnership's event-stream version afterwards.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"partnershipId", "version"})
public record Recorded(
        String partnershipId,
        @Schema(description = "The recorded entry; absent from the announcement's answer.") String entryId,
        @Schema(description = "The partnership's event-stream version after the command (the announcement makes 0).")
        long version) {

    static Recorded of(Accepted accepted) {
        return new Recorded(accepted.partnershipId().value(),
                accepted.entryId() == null ? null : accepted.entryId().value(), accepted.version());
    }
}
