package org.evidenceledger.query.digest;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 roots and proofs (sections 2.1.1, 2.1.3.1, 2.1.4.1) over stored subtree roots. Every
 * range the RFC's recursion visits starts at a multiple of its left part's size, so its hash is a
 * stored node or a left node joined with a shorter right range: O(log n) lookups, never a pass over
 * the leaves.
 */
public final class MerkleTree {

    private final SubtreeRoots roots;

    public MerkleTree(SubtreeRoots roots) {
        this.roots = roots;
    }

    /** MTH(D[0:size]). */
    public byte[] root(long size) {
        return size == 0 ? TreeHash.empty() : hash(0, size);
    }

    /** PATH(m, D[0:size]) for 0 <= m < size. */
    public List<byte[]> inclusion(long leafIndex, long size) {
        List<byte[]> proof = new ArrayList<>();
        path(leafIndex, 0, size, proof);
        return proof;
    }

    /** PROOF(first, D[0:second]) for 0 < first <= second. */
    public List<byte[]> consistency(long first, long second) {
        List<byte[]> proof = new ArrayList<>();
        subproof(first, 0, second, true, proof);
        return proof;
    }

    /** MTH(D[start:start+n]), n >= 1, start a multiple of the range's largest aligned part. */
    private byte[] hash(long start, long n) {
        if (Long.bitCount(n) == 1 && start % n == 0) {
            return roots.node(Long.numberOfTrailingZeros(n), start / n);
        }
        long k = TreeHash.split(n);
        return TreeHash.node(hash(start, k), hash(start + k, n - k));
    }

    private void path(long m, long start, long n, List<byte[]> proof) {
        if (n == 1) {
            return;
        }
        long k = TreeHash.split(n);
        if (m < k) {
            path(m, start, k, proof);
            proof.add(hash(start + k, n - k));
        } else {
            path(m - k, start + k, n - k, proof);
            proof.add(hash(start, k));
        }
    }

    private void subproof(long m, long start, long n, boolean complete, List<byte[]> proof) {
        if (m == n) {
            if (!complete) {
                proof.add(hash(start, n));
            }
            return;
        }
        long k = TreeHash.split(n);
        if (m <= k) {
            subproof(m, start, k, complete, proof);
            proof.add(hash(start + k, n - k));
        } else {
            subproof(m - k, start + k, n - k, false, proof);
            proof.add(hash(start, k));
        }
    }
}
