package org.evidenceledger.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.function.Consumer;
import org.evidenceledger.boot.LedgerApplication;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * JWT bearer tokens as API.md v1.1 has them, beside Basic: the service holds the RSA public key of an
 * identity provider (Spring Boot's public-key-location) and this test is that provider, minting tokens
 * with the private key. Roles come from the {@code roles} claim, the account from {@code sub}.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.security.users=" + LedgerClient.USERS)
class BearerTokenTest {

    private static final KeyPair PROVIDER = rsa();
    private static final KeyPair FORGER = rsa();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) throws IOException {
        Path directory = TestDataDirectories.create("bearer-tokens");
        Path publicKey = directory.resolve("jwt.pub");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(PROVIDER.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        registry.add("ledger.data-dir", () -> directory.resolve("data").toString());
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> publicKey.toUri().toString());
    }

    @Test
    void theApiDocumentDeclaresTheBearerSchemeBesideBasic_onEveryOperation() {
        HttpResponse<String> served = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).GET());
        JsonNode document = LedgerClient.JSON.readTree(served.body());
        assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/bearerAuth/bearerFormat").asString()).isEqualTo("JWT");
        JsonNode security = document.at("/paths/~1api~1partnerships/post/security");
        assertThat(security.findValues("bearerAuth")).hasSize(1);
        assertThat(security.findValues("basicAuth")).hasSize(1);
    }

    @Test
    void aTokenOfTheProviderWithItsRolesRecordsAndReads_asTheAccountNamedInSub() {
        String intake = signed(PROVIDER, claims -> claims.subject("carla@hospital.example").claim("roles", new String[] {"INTAKE"}));
        HttpResponse<String> recorded = post("/api/partnerships", intake,
                LedgerAppHttpTest.announcement("jwt-recorded", "Token Org", "2026-03-01"));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);

        String viewer = signed(PROVIDER, claims -> claims.subject("dana").claim("roles", "VIEWER AUDITOR"));
        HttpResponse<String> events = get("/api/audit/partnerships/jwt-recorded/events", viewer);
        assertThat(events.statusCode()).as("roles as a space-separated string").isEqualTo(200);
        JsonNode stream = LedgerClient.JSON.readTree(events.body());
        assertThat(stream.get(0).get("recordedBy").asString()).isEqualTo("carla@hospital.example");
        assertThat(get("/api/partnerships/jwt-recorded", viewer).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenIsAllowedWhatItsRolesAllowAndNoMore() {
        String viewer = signed(PROVIDER, claims -> claims.subject("dana").claim("roles", new String[] {"VIEWER"}));
        assertThat(get("/api/partnerships", viewer).statusCode()).isEqualTo(200);
        assertThat(post("/api/partnerships", viewer, LedgerAppHttpTest.announcement("jwt-viewer", "Token Org", "2026-03-01"))
                .statusCode()).isEqualTo(403);
        assertThat(get("/api/audit/verification", viewer).statusCode()).isEqualTo(403);

        String roleless = signed(PROVIDER, claims -> claims.subject("erin").claim("roles", new String[] {"ADMIN", "viewer"}));
        HttpResponse<String> refused = get("/api/partnerships", roleless);
        assertThat(refused.statusCode()).as("no known role: signed in, allowed nothing").isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(get("/api/partnerships", signed(PROVIDER, claims -> claims.subject("frank"))).statusCode())
                .as("no roles claim at all").isEqualTo(403);
    }

    @Test
    void forgedUnsignedExpiredAndNotYetValidTokensAre401Problems() {
        Instant now = Instant.now();
        String forged = signed(FORGER, claims -> claims.subject("mallory").claim("roles", new String[] {"AUDITOR"}));
        String unsigned = new PlainJWT(new JWTClaimsSet.Builder().subject("mallory").claim("roles", new String[] {"AUDITOR"})
                .expirationTime(Date.from(now.plusSeconds(600))).build()).serialize();
        String expired = signed(PROVIDER, claims -> claims.subject("dana").claim("roles", new String[] {"VIEWER"})
                .issueTime(Date.from(now.minus(Duration.ofHours(2)))).expirationTime(Date.from(now.minus(Duration.ofHours(1)))));
        String early = signed(PROVIDER, claims -> claims.subject("dana").claim("roles", new String[] {"VIEWER"})
                .notBeforeTime(Date.from(now.plus(Duration.ofHours(1)))));
        String garbage = "not.a.token";
        for (String token : new String[] {forged, unsigned, expired, early, garbage}) {
            HttpResponse<String> answer = get("/api/partnerships", token);
            assertThat(answer.statusCode()).as("token %s", token).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Bearer"));
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void basicKeepsWorkingBesideTokens() {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/partnerships"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("dash:s3cret-2".getBytes(StandardCharsets.UTF_8)))
                .GET());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/partnerships")).GET()).statusCode())
                .isEqualTo(401);
    }

    private static String signed(KeyPair key, Consumer<JWTClaimsSet.Builder> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)));
        claims.accept(builder);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), builder.build());
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).GET());
    }

    private HttpResponse<String> post(String path, String token, String body) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
