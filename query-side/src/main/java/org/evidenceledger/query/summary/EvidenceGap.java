package org.evidenceledger.query.summary;

/** Evidence a buyer should ask for and that is not on record, in the order PRODUCT.md lists them. */
public enum EvidenceGap {
    NO_BENCHMARK,
    NO_INDEPENDENT_VALIDATION,
    NO_DEPLOYMENT_TIMELINE,
    DEPLOYMENT_OVERDUE,
    NO_CLINICAL_DEPLOYMENT,
    NO_OUTCOME_DATA
}
