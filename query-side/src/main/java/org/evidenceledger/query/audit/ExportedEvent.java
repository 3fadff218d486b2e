package org.evidenceledger.query.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.nio.charset.StandardCharsets;

/**
 * One line of the NDJSON export: every column of the stored event, payload and metadata as JSON,
 * the payload once more as the exact text stored, which its hash covers, and its leaf in the
 * ledger's log (null while not admitted yet).
 */
public record ExportedEvent(
        long globalIndex,
        String eventIdentifier,
        String partnershipId,
        long sequenceNumber,
        String eventType,
        String payloadType,
        String payloadRevision,
        String timestamp,
        @JsonRawValue String metaData,
        @JsonRawValue String payload,
        String payloadText,
        Long leafIndex) {

    static ExportedEvent of(StoredEvent event) {
        return new ExportedEvent(event.globalIndex(), event.eventIdentifier(), event.aggregateIdentifier(),
                event.sequenceNumber(), event.eventType(), event.payloadType(), event.payloadRevision(),
                event.timestamp(), event.metaData() == null ? "{}" : new String(event.metaData(), StandardCharsets.UTF_8),
                new String(event.payload(), StandardCharsets.UTF_8), new String(event.payload(), StandardCharsets.UTF_8),
                event.leafIndex());
    }
}
