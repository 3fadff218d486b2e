package org.evidenceledger.command.idempotency;

import org.evidenceledger.command.partnership.Accepted;

/** The first answer given under an Idempotency-Key, and a digest of the request it answered. */
public record StoredAnswer(String requestHash, Accepted accepted, String location) {
}
