package org.evidenceledger.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A JWT's account and roles (API.md): the account ({@code recordedBy}) is the token's {@code sub}, the
 * roles are the known role names in one claim, a JSON array or a space-separated string. Names of no
 * known role are ignored, so a token without a known role is authenticated but allowed nothing (403).
 */
final class BearerTokenRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final Set<String> KNOWN = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

    private final String claim;

    BearerTokenRoles(String claim) {
        this.claim = claim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<SimpleGrantedAuthority> authorities = names(jwt.getClaims().get(claim)).stream()
                .filter(KNOWN::contains)
                .distinct()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    private static List<String> names(Object value) {
        if (value instanceof Collection<?> names) {
            return names.stream().map(String::valueOf).toList();
        }
        if (value instanceof String names) {
            return Arrays.stream(names.trim().split("\\s+")).toList();
        }
        return List.of();
    }
}
