package org.evidenceledger.command.web;

import java.time.LocalDate;
import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.events.PartnershipId;

/**
 * What the edge knows when it builds a command: the partnership of the path, the If-Match version,
 * the recording day (for dates intake left out) and server-assigned entry ids.
 */
public record CommandContext(PartnershipId partnershipId, Long expectedVersion, LocalDate today, IdGenerator ids) {

    public EntryId entryId(String requested, EntryType type) {
        return ids.entryId(requested, type);
    }

    public LocalDate orToday(LocalDate date) {
        return date == null ? today : date;
    }
}
