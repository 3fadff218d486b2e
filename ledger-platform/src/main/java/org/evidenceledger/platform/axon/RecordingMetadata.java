package org.evidenceledger.platform.axon;

/** Metadata keys every event carries: who recorded it and when, stamped by the server. */
public final class RecordingMetadata {

    public static final String RECORDED_BY = "recordedBy";
    public static final String RECORDED_AT = "recordedAt";
    public static final String CORRELATION_ID = "correlationId";

    private RecordingMetadata() {
    }
}
