package org.evidenceledger.query.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person opening the pages as a browser does (Accept: text/html), and API clients as before. */
class PagesTest extends QuerySideHttpTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    private int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/partnerships/mayo-microsoft-frontier-model", "/organizations",
        "/organizations/Mayo%20Clinic", "/intake"})
    void givenNoCredentials_whenAPageIsOpened_thenTheBrowserIsAskedToSignInAndShownAPageNotAProblem(String path)
            throws Exception {
        HttpResponse<String> page = open(path, null);

        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm=\"ledger\""));
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("Sign in to the Partnership Evidence Ledger").doesNotContain("\"status\"");
    }

    @Test
    void givenAWrongPassword_whenAPageIsOpened_thenTheBrowserAsksAgain() throws Exception {
        HttpResponse<String> page = open("/", basic("dash", "not-the-password"));

        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("Sign in to the Partnership Evidence Ledger");
    }

    @Test
    void givenNoCredentials_whenAnApiClientAsks_thenItGetsTheProblemDocumentAsBefore() throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base() + "/api/dashboard"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"ledger\"");
    }

    @Test
    void givenAViewer_whenAPermalinkIsOpenedCold_thenThePageOfThatKindAnswers() throws Exception {
        HttpResponse<String> page = open("/partnerships/any-partnership-at-all", basic("dash", "s3cret-2"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.body()).contains("/assets/partnership.js");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).startsWith("default-src 'self';"));
    }

    @Test
    void givenNoCredentials_whenTheScriptsAreLoaded_thenTheyAnswerForTheyHoldNoLedgerData() throws Exception {
        assertThat(open("/assets/ledger.js", null).statusCode()).isEqualTo(200);
        assertThat(open("/assets/ledger.css", null).statusCode()).isEqualTo(200);
    }

    @Test
    void givenAnIntakeAccount_whenThePageAsksWhoIsSignedIn_thenItLearnsTheRoles() throws Exception {
        HttpResponse<String> account = open("/account", basic("ana", "s3cret-1"));

        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).isEqualTo("{\"name\":\"ana\",\"roles\":[\"INTAKE\"]}");
    }

    private HttpResponse<String> open(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", BROWSER_ACCEPT);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
