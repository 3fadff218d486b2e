package org.evidenceledger.query.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.evidenceledger.platform.audit.EventHash;
import org.evidenceledger.platform.axon.RecordingMetadata;

/** One event of the raw stream as API.md states it, plus where it stands in the global order. */
public record AuditEvent(
        long sequenceNumber,
        String eventType,
        @Schema(nullable = true) String recordedAt,
        @Schema(nullable = true) String recordedBy,
        @Schema(nullable = true) String correlationId,
        @Schema(types = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                description = "The event as stored, a JSON object.") @JsonRawValue String payload,
        @Schema(nullable = true) String hash,
        @Schema(nullable = true) String previousHash,
        @Schema(nullable = true) String payloadRevision,
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
