package org.evidenceledger.query.digest;

/**
 * Where the log keeps the roots of its complete perfect subtrees: node (level, index) covers leaves
 * [index * 2^level, (index + 1) * 2^level), level 0 being the leaf hashes.
 */
public interface SubtreeRoots {

    byte[] node(int level, long index);

    void store(int level, long index, byte[] hash);

    /**
     * Stores leaf {@code leafIndex} and every subtree it completes: each odd index closes a pair
     * with the node to its left, so appending costs at most log2(n) lookups and writes.
     */
    default void append(long leafIndex, byte[] leafInput) {
        byte[] hash = TreeHash.leaf(leafInput);
        store(0, leafIndex, hash);
        int level = 0;
        long index = leafIndex;
        while ((index & 1) == 1) {
            hash = TreeHash.node(node(level, index - 1), hash);
            level++;
            index >>= 1;
            store(level, index, hash);
        }
    }
}
