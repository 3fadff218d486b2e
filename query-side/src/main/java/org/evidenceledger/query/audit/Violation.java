package org.evidenceledger.query.audit;

public record Violation(String partnershipId, long sequenceNumber, String reason) {
}
