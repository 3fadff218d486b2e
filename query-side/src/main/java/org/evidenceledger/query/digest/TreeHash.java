package org.evidenceledger.query.digest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** RFC 9162 section 2.1.1 hashing with SHA-256: the prefixes keep a leaf from passing as a node. */
public final class TreeHash {

    private TreeHash() {
    }

    /** MTH({}) = SHA-256 of the empty string. */
    public static byte[] empty() {
        return sha256().digest();
    }

    /** MTH({d}) = SHA-256(0x00 || d). */
    public static byte[] leaf(byte[] input) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x00);
        digest.update(input);
        return digest.digest();
    }

    /** SHA-256(0x01 || left || right). */
    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x01);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    /** The largest power of two smaller than n (n > 1), where RFC 9162 splits a tree of n leaves. */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
