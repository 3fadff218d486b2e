package org.evidenceledger.command.partnership;

import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.PartnershipId;

/**
 * The aggregate's decision on a command it accepted: the entry it recorded (none for the announcement,
 * which is the partnership itself) and the partnership's version afterwards.
 */
public record Accepted(PartnershipId partnershipId, EntryId entryId, long version) {
}
