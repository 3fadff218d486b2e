package org.evidenceledger.platform.security;

import java.util.Set;

/** One configured account; the password is kept only as its SHA-256 digest. */
public record LedgerAccount(String name, byte[] passwordDigest, Set<Role> roles) {
}
