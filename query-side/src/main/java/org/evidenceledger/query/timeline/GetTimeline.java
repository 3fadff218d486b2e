package org.evidenceledger.query.timeline;

import org.evidenceledger.query.time.ReferenceTime;

/** Answered with an Optional of {@link Timeline}: empty when the partnership is unknown at that time. */
public record GetTimeline(String partnershipId, ReferenceTime at) {
}
