package org.evidenceledger.query.deadletter;

import io.swagger.v3.oas.annotations.media.Schema;

/** An event a projection could not apply, held back with its partnership's later events. */
public record ParkedEvent(String processingGroup, String partnershipId, long sequenceNumber, String eventType,
                          @Schema(nullable = true) String causeType, @Schema(nullable = true) String causeMessage, String enqueuedAt) {
}
