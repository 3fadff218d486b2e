package org.evidenceledger.command.partnership;

/**
 * What a successful command answers: the partnership, the entry it recorded (none for the
 * announcement) and the partnership's event-stream version afterwards.
 */
public record Recorded(String partnershipId, String entryId, long version) {
}
