package org.evidenceledger.command.partnership;

import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.PartnershipId;

/** A command on a recorded partnership: it records one entry, under an optional If-Match version. */
public interface PartnershipCommand {

    PartnershipId partnershipId();

    EntryId entryId();

    /** The version the client expects the partnership to be at (If-Match), or null for any. */
    Long expectedVersion();
}
