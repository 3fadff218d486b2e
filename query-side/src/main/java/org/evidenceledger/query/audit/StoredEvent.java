package org.evidenceledger.query.audit;

/**
 * One row of the event store exactly as stored: payload and metadata are the JSON bytes of the
 * columns; leafIndex and leafHash are its leaf in the ledger's log, null while not admitted.
 */
public record StoredEvent(
        long globalIndex,
        String eventIdentifier,
        String aggregateIdentifier,
        long sequenceNumber,
        String timestamp,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        byte[] metaData,
        Long leafIndex,
        String leafHash) {

    /** The event's type without its Java package, e.g. {@code BenchmarkPublished}. */
    public String eventType() {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
