package org.evidenceledger.query.summary;

/** How far a partnership's evidence has come, lowest first; the highest reached counts. */
public enum Stage {
    ANNOUNCED,
    BENCHMARKED,
    INDEPENDENTLY_VALIDATED,
    CLINICALLY_DEPLOYED,
    OUTCOMES_REPORTED
}
