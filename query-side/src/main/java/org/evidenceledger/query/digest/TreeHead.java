package org.evidenceledger.query.digest;

import io.swagger.v3.oas.annotations.media.Schema;

/** A digest of the log: the root of its first {@code treeSize} leaves, signed when a key is set. */
public record TreeHead(long treeSize, String rootHash, String issuedAt, @Schema(nullable = true) String signature,
                       @Schema(nullable = true) String keyId) {

    /** Exactly the text the signature covers (API.md). */
    public static String signedText(long treeSize, String rootHash, String issuedAt) {
        return "ledger-tree-head-v1\n" + treeSize + "\n" + rootHash + "\n" + issuedAt;
    }
}
