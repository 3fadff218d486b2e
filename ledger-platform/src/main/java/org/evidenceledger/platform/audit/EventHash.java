package org.evidenceledger.platform.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The tamper-evident hash of one stored event: SHA-256, hex, over the UTF-8 text
 * <pre>
 * ledger-event-hash-v1 \n eventIdentifier \n aggregateIdentifier \n sequenceNumber \n
 * payloadType \n payloadRevision \n previousHash \n metaData \n payload
 * </pre>
 * where an absent revision or previous hash is the empty string, metaData is the event's metadata
 * without {@code hash} and {@code previousHash}, as compact JSON with keys sorted and every value a
 * string, and payload is the payload column's bytes exactly as stored. README shows a script that
 * recomputes it.
 */
public final class EventHash {

    public static final String HASH = "hash";
    public static final String PREVIOUS_HASH = "previousHash";
    private static final String VERSION = "ledger-event-hash-v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventHash() {
    }

    public static String of(String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                            String payloadType, String payloadRevision, String previousHash,
                            Map<String, ?> metaData, byte[] payload) {
        String header = String.join("\n", VERSION, eventIdentifier, aggregateIdentifier,
                Long.toString(sequenceNumber), payloadType, nullToEmpty(payloadRevision), nullToEmpty(previousHash),
                canonicalMetaData(metaData)) + "\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(header.length() + payload.length);
        bytes.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(payload);
        return sha256(bytes.toByteArray());
    }

    static String canonicalMetaData(Map<String, ?> metaData) {
        Map<String, String> sorted = new TreeMap<>();
        metaData.forEach((key, value) -> {
            if (!HASH.equals(key) && !PREVIOUS_HASH.equals(key)) {
                sorted.put(key, String.valueOf(value));
            }
        });
        try {
            return JSON.writeValueAsString(sorted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String sha256(byte[] input) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
