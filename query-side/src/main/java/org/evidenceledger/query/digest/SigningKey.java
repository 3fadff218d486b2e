package org.evidenceledger.query.digest;

/** The public half of the key that signs digests, as SPKI PEM. */
public record SigningKey(String keyId, String publicKey) {
}
