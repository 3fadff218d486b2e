package org.evidenceledger.query.page;

import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pages for people (API.md, Pages): each route answers the same static page whatever the
 * partnership or organization in its path, and the page's script reads the JSON API with the
 * browser's credentials. So a permalink loads cold, and no data is ever rendered on the server. They are
 * no part of the API, and so not in its OpenAPI description. Every page is the shared frame (head,
 * navigation, live sign: {@code pages/frame.html}) around its own main part ({@code pages/<name>.html}),
 * put together once, at start.
 */
@Hidden
@RestController
public class PageController {

    private static final String ROLE_PREFIX = "ROLE_";

    private final String dashboard = page("Dashboard", "dashboard");
    private final String partnership = page("Partnership", "partnership");
    private final String organizations = page("Organizations", "organizations");
    private final String organization = page("Organization", "organization");
    private final String intake = page("Intake", "intake");

    @GetMapping({"/", "/index.html"})
    public ResponseEntity<String> dashboard() {
        return html(dashboard);
    }

    @GetMapping("/partnerships/{partnershipId}")
    public ResponseEntity<String> partnership() {
        return html(partnership);
    }

    @GetMapping("/organizations")
    public ResponseEntity<String> organizations() {
        return html(organizations);
    }

    @GetMapping("/organizations/{name}")
    public ResponseEntity<String> organization() {
        return html(organization);
    }

    @GetMapping("/intake")
    public ResponseEntity<String> intake() {
        return html(intake);
    }

    @GetMapping(path = "/account", produces = MediaType.APPLICATION_JSON_VALUE)
    public SignedInAccount account(Authentication authentication) {
        List<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .sorted()
                .toList();
        return new SignedInAccount(authentication.getName(), roles);
    }

    private static ResponseEntity<String> html(String page) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .body(page);
    }

    /** The frame with the page's title and script, then the page's own main part. */
    private static String page(String title, String name) {
        return text("frame.html").replace("{title}", title).replace("{script}", name) + text(name + ".html");
    }

    private static String text(String file) {
        try {
            return new ClassPathResource("pages/" + file).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
