package org.evidenceledger.query.lineage;

import org.evidenceledger.query.time.ReferenceTime;

public record GetLineage(String partnershipId, ReferenceTime at) {
}
