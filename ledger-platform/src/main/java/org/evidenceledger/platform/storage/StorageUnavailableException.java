package org.evidenceledger.platform.storage;

/** A command refused before it is tried, because the ledger could not store it (answered 503). */
public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String message) {
        super(message);
    }
}
