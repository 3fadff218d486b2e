package org.evidenceledger.query.deadletter;

/** An event a projection could not apply, held back with its partnership's later events. */
public record ParkedEvent(String processingGroup, String partnershipId, long sequenceNumber, String eventType,
                          String causeType, String causeMessage, String enqueuedAt) {
}
