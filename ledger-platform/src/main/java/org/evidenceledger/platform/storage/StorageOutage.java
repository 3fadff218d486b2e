package org.evidenceledger.platform.storage;

import org.axonframework.messaging.HandlerExecutionException;

/**
 * The details a handler in another process (through Axon Server) sends back when its database could not
 * store a command: the sender answers 503, as it would for its own database, instead of a 500.
 */
public record StorageOutage(String detail) {

    /** Whether a handler in another process sent this back as its exception's details. */
    public static boolean carriedBy(HandlerExecutionException remote) {
        return remote.getDetails().filter(StorageOutage.class::isInstance).isPresent();
    }
}
