package org.evidenceledger.events;

/** The kinds of entry a partnership's timeline holds, one per event type. */
public enum EntryType {
    ANNOUNCEMENT,
    BENCHMARK,
    INDEPENDENT_VALIDATION,
    DEPLOYMENT_TIMELINE,
    CLINICAL_DEPLOYMENT,
    OUTCOME_DATA,
    AVAILABILITY,
    RETRACTION,
    CONCLUSION
}
