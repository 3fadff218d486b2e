package org.evidenceledger.query.page;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The pages sign people in with the browser's own HTTP Basic prompt, against the same accounts and
 * realm as the API, so the page's requests to the API carry the credentials the browser keeps. Without
 * them a page answers 401 with {@code WWW-Authenticate: Basic} (the prompt) and a short HTML page for
 * whoever cancels it, never the API's problem document. Scripts and styles hold no ledger data and are
 * public. The API's own chain, and its 401 problem+json, stay as they are.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class PageSecurityConfiguration {

    static final String[] PAGES = {"/", "/index.html", "/partnerships/*", "/organizations", "/organizations/*",
        "/intake", "/account"};
    static final String ASSETS = "/assets/**";
    private static final String SIGN_IN_PAGE = "pages/sign-in.html";
    /** The pages load and call only their own origin (they must work with no internet), and run no inline script. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(0)
    public SecurityFilterChain pageSecurityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
            throws Exception {
        AuthenticationEntryPoint askTheBrowser = (request, response, e) -> signIn(response);
        http.securityMatcher(concat(PAGES, ASSETS))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY)))
                .authenticationManager(authenticationManager)
                .httpBasic(basic -> basic.authenticationEntryPoint(askTheBrowser))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(askTheBrowser))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(ASSETS).permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    private static void signIn(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", "Basic realm=\"ledger\", charset=\"UTF-8\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        try (var page = new ClassPathResource(SIGN_IN_PAGE).getInputStream()) {
            response.getOutputStream().write(page.readAllBytes());
        }
    }

    private static String[] concat(String[] pages, String assets) {
        String[] all = Arrays.copyOf(pages, pages.length + 1);
        all[pages.length] = assets;
        return all;
    }
}
