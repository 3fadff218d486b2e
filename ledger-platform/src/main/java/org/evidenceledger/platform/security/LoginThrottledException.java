package org.evidenceledger.platform.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Credentials were not checked: this account has failed too often from this peer just now. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("too many failed logins");
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
