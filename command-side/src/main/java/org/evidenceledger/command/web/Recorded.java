package org.evidenceledger.command.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.evidenceledger.command.partnership.Accepted;

/**
 * What a successful command answers (API.md): the partnership, the entry it recorded (left out for the
 * announcement) and the partnership's event-stream version afterwards.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recorded(String partnershipId, String entryId, long version) {

    static Recorded of(Accepted accepted) {
        return new Recorded(accepted.partnershipId().value(),
                accepted.entryId() == null ? null : accepted.entryId().value(), accepted.version());
    }
}
