package org.evidenceledger.command.partnership;

import org.evidenceledger.events.PartnershipId;

/** Which partnerships the ledger already holds; the aggregate asks it about ids other than its own. */
public interface RecordedPartnerships {

    boolean isRecorded(PartnershipId partnershipId);
}
