package org.evidenceledger.command.partnership;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a successful command answers: the partnership, the entry it recorded (none for the
 * announcement, whose answer leaves the field out) and the partnership's event-stream version afterwards.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recorded(String partnershipId, String entryId, long version) {
}
