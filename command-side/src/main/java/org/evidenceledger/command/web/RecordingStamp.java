package org.evidenceledger.command.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.evidenceledger.platform.axon.RecordingMetadata;

/**
 * Who records a command and when, read once at the edge: the one place that stamps recordedBy and
 * recordedAt, and whose day fills in the dates intake left out.
 */
record RecordingStamp(String account, Instant at) {

    LocalDate day() {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    Map<String, Object> metaData() {
        return Map.of(RecordingMetadata.RECORDED_BY, account, RecordingMetadata.RECORDED_AT, at.toString());
    }
}
