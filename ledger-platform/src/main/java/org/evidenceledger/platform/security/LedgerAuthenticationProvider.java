package org.evidenceledger.platform.security;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks HTTP Basic credentials against the configured accounts. The passwords come from
 * configuration in clear, so a salted slow hash would protect nothing and cost a BCrypt check per
 * request; a SHA-256 digest compared in constant time costs microseconds.
 */
public class LedgerAuthenticationProvider implements AuthenticationProvider {

    private final LedgerAccounts accounts;

    public LedgerAuthenticationProvider(LedgerAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        Object credentials = authentication.getCredentials();
        LedgerAccount account = accounts.verify(name, credentials == null ? null : credentials.toString())
                .orElseThrow(() -> new BadCredentialsException("bad credentials"));
        List<SimpleGrantedAuthority> authorities = account.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(account.name(), null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
