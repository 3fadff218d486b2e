package org.evidenceledger.command.partnership;

/** Every way a rule of PRODUCT.md can refuse a command; mapped to an HTTP status at the edge. */
public enum ErrorCode {
    PARTNERSHIP_NOT_FOUND,
    DUPLICATE_PARTNERSHIP,
    DUPLICATE_ENTRY,
    VERSION_MISMATCH,
    CONCURRENT_CHANGE,
    DATE_BEFORE_ANNOUNCEMENT,
    OUTCOME_WITHOUT_DEPLOYMENT,
    UNKNOWN_BUILDS_ON,
    UNKNOWN_ENTRY,
    ENTRY_ALREADY_RETRACTED,
    ENTRY_NOT_RETRACTABLE,
    PARTNERSHIP_CONCLUDED
}
