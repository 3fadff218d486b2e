package org.evidenceledger.query.digest;

import java.util.List;

/** RFC 9162 section 2.1.3: leaf {@code leafIndex} is in the tree of {@code treeSize} leaves. */
public record InclusionProof(long leafIndex, long treeSize, String rootHash, List<String> proof) {
}
