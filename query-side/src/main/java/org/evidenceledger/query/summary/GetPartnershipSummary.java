package org.evidenceledger.query.summary;

import org.evidenceledger.query.time.ReferenceTime;

/** Answered with an Optional of {@link Summary}: empty when the partnership is unknown at that time. */
public record GetPartnershipSummary(String partnershipId, ReferenceTime at) {
}
