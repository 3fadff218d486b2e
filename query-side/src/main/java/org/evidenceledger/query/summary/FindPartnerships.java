package org.evidenceledger.query.summary;

import org.evidenceledger.query.time.ReferenceTime;

public record FindPartnerships(PartnershipFilter filter, ReferenceTime at) {
}
