package org.evidenceledger.command.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.evidenceledger.platform.axon.RecordingMetadata;

/**
 * Who records a command and when, read once at the edge: the one place that stamps recordedBy and
 * recordedAt, and whose day fills in the dates intake left out.
 */
public record RecordingStamp(String account, Instant at) {

    /** The account, recording now by the server's clock (to the microsecond, as the store keeps it). */
    public static RecordingStamp now(String account, Clock clock) {
        return new RecordingStamp(account, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    public LocalDate day() {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    public Map<String, Object> metaData() {
        return Map.of(RecordingMetadata.RECORDED_BY, account, RecordingMetadata.RECORDED_AT, at.toString());
    }
}
