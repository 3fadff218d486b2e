package org.evidenceledger.query.scorecard;

import org.evidenceledger.events.OutcomeMeasure;

public record MeasureEvidence(OutcomeMeasure measure, EvidenceStatus status, LatestEvidence latest) {
}
