package org.evidenceledger.query.scorecard;

/** What stands behind one of the buyer's asks: outcome data, only a benchmark, or nothing. */
public enum EvidenceStatus {
    OUTCOME_REPORTED,
    BENCHMARK_ONLY,
    MISSING
}
