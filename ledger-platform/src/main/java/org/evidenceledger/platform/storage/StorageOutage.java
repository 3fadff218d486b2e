package org.evidenceledger.platform.storage;

/**
 * The details a handler in another process (through Axon Server) sends back when its database could not
 * store a command: the sender answers 503, as it would for its own database, instead of a 500.
 */
public record StorageOutage(String detail) {
}
