package org.evidenceledger.platform.security;

/**
 * The roles of API.md: INTAKE sends commands, VIEWER reads, AUDITOR reads and audits, OPERATOR scrapes
 * metrics and takes backups (and reads no ledger data).
 */
public enum Role {
    INTAKE,
    VIEWER,
    AUDITOR,
    OPERATOR
}
