package org.evidenceledger.platform.security;

import jakarta.servlet.DispatcherType;
import org.evidenceledger.platform.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * HTTP Basic against the accounts of {@code ledger.security.users}, and JWT bearer tokens beside it once one
 * of Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*} properties gives a key. With neither
 * configured nothing but health and the API description opens: there is no default password.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/v3/api-docs",
        "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/error"};

    @Bean
    public LedgerAccounts ledgerAccounts(@Value("${ledger.security.users:}") String users) {
        LedgerAccounts accounts = LedgerAccounts.parse(users);
        if (accounts.isEmpty()) {
            log.warn("No accounts configured: every API request will answer 401. "
                    + "Set LEDGER_SECURITY_USERS=name:password:ROLE[+ROLE],... (roles INTAKE, VIEWER, AUDITOR, OPERATOR).");
        } else {
            log.info("{} account(s) configured", accounts.size());
        }
        return accounts;
    }

    /**
     * Spring Security's filters, authentication and authorization unobserved: the property
     * {@code management.observations.enable.spring.security=false} only makes each observation a no-op, and
     * every request still passed each of its filters through an observing wrapper (in every query's stacks in
     * JFR). HTTP requests are still observed ({@code http_server_requests_seconds}).
     */
    @Bean
    public SecurityObservationSettings securityUnobserved() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    public AuthenticationManager authenticationManager(LedgerAccounts accounts) {
        ProviderManager manager = new ProviderManager(new LedgerAuthenticationProvider(accounts, new LoginThrottle()));
        manager.setEraseCredentialsAfterAuthentication(false);
        return manager;
    }

    /**
     * Health and the API description are public, and credentials sent to them are not looked at: a
     * wrong password there changes nothing.
     */
    @Bean
    @Order(1)
    public SecurityFilterChain publicEndpoints(HttpSecurity http) throws Exception {
        http.securityMatcher(PUBLIC)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    /**
     * Reads need VIEWER or AUDITOR whatever the method (HEAD tells as much as GET), the audit AUDITOR,
     * commands INTAKE, metrics and backups OPERATOR (who reads no ledger data). Credentials are checked
     * before anything reads the body.
     */
    @Bean
    @Order(2)
    public SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                                   ProblemResponses problems, ObjectProvider<JwtDecoder> jwtDecoder,
                                                   @Value("${ledger.security.jwt.roles-claim:roles}") String rolesClaim)
            throws Exception {
        String intake = Role.INTAKE.name();
        String viewer = Role.VIEWER.name();
        String auditor = Role.AUDITOR.name();
        String operator = Role.OPERATOR.name();
        AuthenticationEntryPoint askForCredentials = (request, response, e) -> {
            if (e instanceof LoginThrottledException throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins",
                        "This account failed to log in too often from here; try again after Retry-After seconds.");
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"ledger\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, "Authentication required",
                    "Send HTTP Basic credentials of a configured account.");
        };
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
            tokens.setJwtAuthenticationConverter(new BearerTokenRoles(rolesClaim));
            http.oauth2ResourceServer(resource -> resource
                    .jwt(jwt -> jwt.authenticationManager(new ProviderManager(tokens)))
                    .authenticationEntryPoint((request, response, e) -> {
                        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                        problems.write(response, HttpStatus.UNAUTHORIZED, "Invalid bearer token",
                                "The token's signature, algorithm or validity period was not accepted.");
                    }));
            log.info("JWT bearer tokens accepted beside HTTP Basic; roles from the claim '{}'", rolesClaim);
        }
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authenticationManager(authenticationManager)
                .httpBasic(basic -> basic.authenticationEntryPoint(askForCredentials))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(askForCredentials)
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(response, HttpStatus.FORBIDDEN, "Forbidden",
                                        "This account's role does not allow " + request.getMethod() + " " + request.getRequestURI() + ".")))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/**", "/api/admin/**").hasRole(operator)
                        .requestMatchers("/api/audit/**").hasRole(auditor)
                        .requestMatchers(HttpMethod.POST, "/api/partnerships", "/api/partnerships/**").hasRole(intake)
                        .requestMatchers("/api/**").hasAnyRole(viewer, auditor)
                        .anyRequest().authenticated());
        return http.build();
    }

    /** Paths Spring Security's firewall refuses (//, ;jsessionid, %2e%2e, unknown methods) get a problem too. */
    @Bean
    public RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return (request, response, rejected) -> problems.write(response, HttpStatus.BAD_REQUEST, "Request rejected",
                "The request's path or method is not one this service accepts.");
    }
}
