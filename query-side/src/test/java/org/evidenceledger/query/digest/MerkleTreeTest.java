package org.evidenceledger.query.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The log's roots and proofs, read from stored subtree roots, against RFC 9162 written out on its
 * own ({@link Rfc9162}): every root, inclusion and consistency proof of every tree up to 40 leaves.
 */
class MerkleTreeTest {

    private static final int MAX = 40;
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void givenLogsOfUpTo40Leaves_whenRootsAndProofsAreAsked_thenTheyMatchRfc9162AndItsVerifiersAcceptThem() {
        List<byte[]> inputs = inputs(MAX);
        MemoryRoots roots = new MemoryRoots();
        MerkleTree tree = new MerkleTree(roots);
        for (int n = 1; n <= MAX; n++) {
            roots.append(n - 1, inputs.get(n - 1));
            List<byte[]> leaves = inputs.subList(0, n);
            byte[] root = tree.root(n);
            assertThat(root).as("root of %d", n).isEqualTo(Rfc9162.naiveRoot(leaves));
            for (int m = 0; m < n; m++) {
                assertThat(Rfc9162.verifyInclusion(m, n, Rfc9162.leafHash(inputs.get(m)), tree.inclusion(m, n), root))
                        .as("inclusion of %d in %d", m, n).isTrue();
            }
            for (int m = 1; m <= n; m++) {
                assertThat(Rfc9162.verifyConsistency(m, n, Rfc9162.naiveRoot(inputs.subList(0, m)), root, tree.consistency(m, n)))
                        .as("consistency of %d with %d", m, n).isTrue();
            }
        }
        assertThat(tree.root(0)).isEqualTo(Rfc9162.sha256(new byte[0]));
    }

    @Test
    void givenAProofOfAnotherTree_whenVerified_thenTheVerifiersOfThisTestRejectIt() {
        List<byte[]> inputs = inputs(12);
        MemoryRoots roots = new MemoryRoots();
        for (int i = 0; i < 12; i++) {
            roots.append(i, inputs.get(i));
        }
        MerkleTree tree = new MerkleTree(roots);
        byte[] otherRoot = Rfc9162.naiveRoot(inputs(11));
        assertThat(Rfc9162.verifyConsistency(5, 11, Rfc9162.naiveRoot(inputs.subList(0, 5)), otherRoot, tree.consistency(5, 12))).isFalse();
        assertThat(Rfc9162.verifyInclusion(4, 12, Rfc9162.leafHash(inputs.get(5)), tree.inclusion(4, 12), tree.root(12)))
                .isFalse();
    }

    /**
     * Computed outside Java with python3 hashlib and the RFC's recursion, leaf inputs
     * sha256(b"leaf-%d" % i):
     * <pre>
     * H = lambda b: hashlib.sha256(b).digest()
     * def mth(d):  # k: the largest power of two below len(d)
     *     return H(b"") if not d else H(b"\0" + d[0]) if len(d) == 1 else H(b"\1" + mth(d[:k]) + mth(d[k:]))
     * </pre>
     */
    @Test
    void givenSevenLeaves_whenRootAndProofsAreAsked_thenTheyAreThoseComputedWithPython() {
        MemoryRoots roots = new MemoryRoots();
        List<byte[]> inputs = inputs(7);
        for (int i = 0; i < 7; i++) {
            roots.append(i, inputs.get(i));
        }
        MerkleTree tree = new MerkleTree(roots);
        assertThat(HEX.formatHex(tree.root(7))).isEqualTo("5d1a589fae6e1b4d2b212b90976159488957ddc2e2e0ec40d8e7a8b5fbdd3424");
        assertThat(HEX.formatHex(tree.root(3))).isEqualTo("17b728310cebcc8bacd012024a708aa1a537ee01a4ce8881d2a803ebb3156d05");
        assertThat(tree.inclusion(3, 7).stream().map(HEX::formatHex)).containsExactly(
                "4bcefc5a47a1d253b774f8f9d3ba7ab58404ec4815b4455f696259e123754115",
                "d3b4dcb90fabca433a71833cdc3f15c8827a424cf3f138675bccd1fca5b5bc76",
                "46132ac4d4a6bb93e36d698e3bf33e718ea4ba308dd3ce0ed7e98237ad1493d8");
        assertThat(tree.consistency(3, 7).stream().map(HEX::formatHex)).containsExactly(
                "4bcefc5a47a1d253b774f8f9d3ba7ab58404ec4815b4455f696259e123754115",
                "e86c052eed4821fecc19fb8d8d362c9069a7080c0179997399ecc6d40d5a27fe",
                "d3b4dcb90fabca433a71833cdc3f15c8827a424cf3f138675bccd1fca5b5bc76",
                "46132ac4d4a6bb93e36d698e3bf33e718ea4ba308dd3ce0ed7e98237ad1493d8");
    }

    @Test
    void givenSeventyThousandLeaves_whenRootsAndProofsAreAsked_thenEachReadsAFewDozenStoredNodesNotTheLeaves() {
        int n = 70_000;
        MemoryRoots roots = new MemoryRoots();
        for (int i = 0; i < n; i++) {
            roots.append(i, Rfc9162.sha256(("leaf-" + i).getBytes(StandardCharsets.UTF_8)));
        }
        MerkleTree tree = new MerkleTree(roots);
        int bound = 3 * (64 - Long.numberOfLeadingZeros(n));

        for (Runnable question : List.<Runnable>of(() -> tree.root(n), () -> tree.root(n - 1), () -> tree.inclusion(12_345, n),
                () -> tree.inclusion(n - 1, n), () -> tree.consistency(40_000, n), () -> tree.consistency(65_537, n - 3))) {
            roots.lookups = 0;
            question.run();
            assertThat(roots.lookups).isBetween(1, bound);
        }
    }

    private static List<byte[]> inputs(int count) {
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inputs.add(Rfc9162.sha256(("leaf-" + i).getBytes(StandardCharsets.UTF_8)));
        }
        return inputs;
    }

    /** Subtree roots in memory, each written once, as the log's table holds them. */
    private static final class MemoryRoots implements SubtreeRoots {

        private final Map<String, byte[]> nodes = new HashMap<>();
        private int lookups;

        @Override
        public byte[] node(int level, long index) {
            lookups++;
            byte[] hash = nodes.get(level + "/" + index);
            assertThat(hash).as("stored node %d/%d", level, index).isNotNull();
            return hash;
        }

        @Override
        public void store(int level, long index, byte[] hash) {
            assertThat(nodes.put(level + "/" + index, hash)).as("node %d/%d written twice", level, index).isNull();
        }
    }
}
