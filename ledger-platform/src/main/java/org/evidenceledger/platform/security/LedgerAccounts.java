package org.evidenceledger.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts of {@code ledger.security.users}: {@code name:password:ROLE[+ROLE...]}, comma separated.
 * A password may itself contain ':'; the name ends at the first one and the roles begin after the last.
 */
public final class LedgerAccounts {

    private final Map<String, LedgerAccount> byName;

    private LedgerAccounts(Map<String, LedgerAccount> byName) {
        this.byName = byName;
    }

    public static LedgerAccounts parse(String spec) {
        Map<String, LedgerAccount> accounts = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return new LedgerAccounts(accounts);
        }
        for (String item : spec.split(",")) {
            String entry = item.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int first = entry.indexOf(':');
            int last = entry.lastIndexOf(':');
            if (first <= 0 || last == first || last == entry.length() - 1) {
                throw new IllegalArgumentException("ledger.security.users: expected name:password:ROLE[+ROLE], got an entry for '"
                        + (first > 0 ? entry.substring(0, first) : "?") + "'");
            }
            String name = entry.substring(0, first);
            String password = entry.substring(first + 1, last);
            if (password.isEmpty()) {
                throw new IllegalArgumentException("ledger.security.users: empty password for '" + name + "'");
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String role : entry.substring(last + 1).split("\\+")) {
                roles.add(Role.valueOf(role.strip().toUpperCase()));
            }
            accounts.put(name, new LedgerAccount(name, digest(password), Set.copyOf(roles)));
        }
        return new LedgerAccounts(accounts);
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    public int size() {
        return byName.size();
    }

    /** The account whose name and password match, compared in constant time. */
    public Optional<LedgerAccount> verify(String name, String password) {
        LedgerAccount account = byName.get(name);
        byte[] given = digest(password == null ? "" : password);
        if (account == null) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(account.passwordDigest(), given) ? Optional.of(account) : Optional.empty();
    }

    static byte[] digest(String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "LedgerAccounts" + Arrays.toString(byName.keySet().toArray());
    }
}
