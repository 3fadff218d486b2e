package org.evidenceledger.query.scorecard;

import org.evidenceledger.query.time.ReferenceTime;

public record GetScorecard(String partnershipId, ReferenceTime at) {
}
