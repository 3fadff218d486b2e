package org.evidenceledger.command.idempotency;

/** Command metadata keys that ask the handler side to remember the answer under a client's key. */
public final class IdempotencyMetadata {

    public static final String KEY = "idempotencyKey";
    public static final String REQUEST_HASH = "idempotencyRequestHash";
    public static final String LOCATION = "idempotencyLocation";

    private IdempotencyMetadata() {
    }
}
