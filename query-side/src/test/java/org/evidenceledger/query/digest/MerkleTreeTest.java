package org.evidenceledger.query.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The log's roots and proofs, read from stored subtree roots, against RFC 9162 written out here on
 * its own: the naive recursive MTH of section 2.1.1 over the leaves, and the verifiers of sections
 * 2.1.3.2 and 2.1.4.2.
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
            assertThat(root).as("root of %d", n).isEqualTo(naiveRoot(leaves));
            for (int m = 0; m < n; m++) {
                assertThat(verifyInclusion(m, n, sha256(concat(new byte[] {0}, inputs.get(m))), tree.inclusion(m, n), root))
                        .as("inclusion of %d in %d", m, n).isTrue();
            }
            for (int m = 1; m <= n; m++) {
                assertThat(verifyConsistency(m, n, naiveRoot(inputs.subList(0, m)), root, tree.consistency(m, n)))
                        .as("consistency of %d with %d", m, n).isTrue();
            }
        }
        assertThat(tree.root(0)).isEqualTo(sha256(new byte[0]));
    }

    @Test
    void givenAProofOfAnotherTree_whenVerified_thenTheVerifiersOfThisTestRejectIt() {
        List<byte[]> inputs = inputs(12);
        MemoryRoots roots = new MemoryRoots();
        for (int i = 0; i < 12; i++) {
            roots.append(i, inputs.get(i));
        }
        MerkleTree tree = new MerkleTree(roots);
        byte[] otherRoot = naiveRoot(inputs(11));
        assertThat(verifyConsistency(5, 11, naiveRoot(inputs.subList(0, 5)), otherRoot, tree.consistency(5, 12))).isFalse();
        assertThat(verifyInclusion(4, 12, sha256(concat(new byte[] {0}, inputs.get(5))), tree.inclusion(4, 12), tree.root(12)))
                .isFalse();
    }

    /**
     * Computed outside Java with python3 hashlib and the RFC's recursion, leaf inputs
     * sha256(b"leaf-%d" % i):
     * <pre>
     * H = lambda b: hashlib.sha256(b).digest()
     * def mth(d): n = len(d); k = 1 << (n - 1).bit_length() - 1 if n > 1 else 0
     *     return H(b"") if n == 0 else H(b"\0" + d[0]) if n == 1 else H(b"\1" + mth(d[:k]) + mth(d[k:]))
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

    private static List<byte[]> inputs(int count) {
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inputs.add(sha256(("leaf-" + i).getBytes(StandardCharsets.UTF_8)));
        }
        return inputs;
    }

    /** RFC 9162 section 2.1.1, straight from the definition. */
    private static byte[] naiveRoot(List<byte[]> leaves) {
        int n = leaves.size();
        if (n == 0) {
            return sha256(new byte[0]);
        }
        if (n == 1) {
            return sha256(concat(new byte[] {0}, leaves.get(0)));
        }
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return sha256(concat(new byte[] {1}, naiveRoot(leaves.subList(0, k)), naiveRoot(leaves.subList(k, n))));
    }

    /** RFC 9162 section 2.1.3.2. */
    private static boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (leafIndex >= treeSize) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = sha256(concat(new byte[] {1}, p, r));
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = sha256(concat(new byte[] {1}, r, p));
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 section 2.1.4.2; equal sizes prove nothing beyond equal roots. */
    private static boolean verifyConsistency(long first, long second, byte[] firstHash, byte[] secondHash, List<byte[]> proof) {
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstHash, secondHash);
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstHash);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = sha256(concat(new byte[] {1}, c, fr));
                sr = sha256(concat(new byte[] {1}, c, sr));
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = sha256(concat(new byte[] {1}, sr, c));
            }
            fn >>= 1;
            sn >>= 1;
        }
        return Arrays.equals(fr, firstHash) && Arrays.equals(sr, secondHash) && sn == 0;
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Subtree roots in memory, each written once, as the log's table holds them. */
    private static final class MemoryRoots implements SubtreeRoots {

        private final Map<String, byte[]> nodes = new HashMap<>();

        @Override
        public byte[] node(int level, long index) {
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
