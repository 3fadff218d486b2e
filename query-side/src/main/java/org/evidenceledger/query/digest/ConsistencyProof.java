package org.evidenceledger.query.digest;

import java.util.List;

/** RFC 9162 section 2.1.4: the tree of {@code second} leaves extends the tree of {@code first}. */
public record ConsistencyProof(long first, long second, String firstRootHash, String secondRootHash, List<String> proof) {
}
