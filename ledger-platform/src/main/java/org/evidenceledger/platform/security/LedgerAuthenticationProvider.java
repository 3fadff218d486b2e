package org.evidenceledger.platform.security;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks HTTP Basic credentials against the configured accounts. The passwords come from
 * configuration in clear, so a salted slow hash would protect nothing and cost a BCrypt check per
 * request; a SHA-256 digest compared in constant time costs microseconds. Failed logins are logged
 * and throttled per account and peer ({@link LoginThrottle}).
 */
public class LedgerAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(LedgerAuthenticationProvider.class);

    private final LedgerAccounts accounts;
    private final LoginThrottle throttle;

    public LedgerAuthenticationProvider(LedgerAccounts accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        String peer = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        Duration locked = throttle.lockedFor(peer, name);
        if (!locked.isZero()) {
            throw new LoginThrottledException(locked);
        }
        Object credentials = authentication.getCredentials();
        LedgerAccount account = accounts.verify(name, credentials == null ? null : credentials.toString())
                .orElse(null);
        if (account == null) {
            int inARow = throttle.failed(peer, name);
            log.warn("Failed login for account '{}' from {} ({} in a row)", printable(name), peer, inARow);
            throw new BadCredentialsException("bad credentials");
        }
        throttle.succeeded(peer, name);
        List<SimpleGrantedAuthority> authorities = account.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(account.name(), null, authorities);
    }

    /** An account name is the client's text: it must not forge log lines. */
    private static String printable(String name) {
        String shown = name.length() > 100 ? name.substring(0, 100) + "…" : name;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
