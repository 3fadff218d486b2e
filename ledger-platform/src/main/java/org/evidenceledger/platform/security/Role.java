package org.evidenceledger.platform.security;

/** The roles of API.md: INTAKE sends commands, VIEWER reads, AUDITOR reads and audits. */
public enum Role {
    INTAKE,
    VIEWER,
    AUDITOR
}
