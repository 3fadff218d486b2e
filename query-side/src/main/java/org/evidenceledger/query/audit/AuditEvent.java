package org.evidenceledger.query.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.evidenceledger.platform.audit.EventHash;
import org.evidenceledger.platform.axon.RecordingMetadata;

/** One event of the raw stream as API.md states it, plus where it stands in the global order. */
public record AuditEvent(
        long sequenceNumber,
        String eventType,
        String recordedAt,
        String recordedBy,
        String correlationId,
        @JsonRawValue String payload,
        String hash,
        String previousHash,
        String payloadRevision,
        String eventIdentifier,
        long globalIndex) {

    static AuditEvent of(StoredEvent event, Map<String, Object> metaData) {
        return new AuditEvent(event.sequenceNumber(), event.eventType(),
                StoredMetaData.text(metaData, RecordingMetadata.RECORDED_AT),
                StoredMetaData.text(metaData, RecordingMetadata.RECORDED_BY),
                StoredMetaData.text(metaData, RecordingMetadata.CORRELATION_ID),
                new String(event.payload(), StandardCharsets.UTF_8),
                StoredMetaData.text(metaData, EventHash.HASH),
                StoredMetaData.text(metaData, EventHash.PREVIOUS_HASH),
                event.payloadRevision(), event.eventIdentifier(), event.globalIndex());
    }
}
