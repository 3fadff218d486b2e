package org.evidenceledger.query.page;

import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
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
 * no part of the API, and so not in its OpenAPI description.
 */
@Hidden
@RestController
public class PageController {

    private static final String ROLE_PREFIX = "ROLE_";

    @GetMapping({"/", "/index.html"})
    public ResponseEntity<Resource> dashboard() {
        return page("dashboard.html");
    }

    @GetMapping("/partnerships/{partnershipId}")
    public ResponseEntity<Resource> partnership() {
        return page("partnership.html");
    }

    @GetMapping("/organizations")
    public ResponseEntity<Resource> organizations() {
        return page("organizations.html");
    }

    @GetMapping("/organizations/{name}")
    public ResponseEntity<Resource> organization() {
        return page("organization.html");
    }

    @GetMapping("/intake")
    public ResponseEntity<Resource> intake() {
        return page("intake.html");
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

    private static ResponseEntity<Resource> page(String name) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .body(new ClassPathResource("pages/" + name));
    }
}
