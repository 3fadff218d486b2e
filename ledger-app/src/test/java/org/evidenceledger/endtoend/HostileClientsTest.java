package org.evidenceledger.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Clients that try to starve or probe the service, over real sockets: stalled uploads, HEAD past the
 * role checks, credentials on public endpoints, requests Tomcat and the firewall refuse, password
 * guessing. A context of its own, since it holds hundreds of connections and locks an account.
 */
@TestPropertySource(properties = "ledger.test.purpose=hostile-clients")
@ExtendWith(OutputCaptureExtension.class)
class HostileClientsTest extends LedgerAppHttpTest {

    private static final int STALLED = 300;
    /** Generous for a loaded CI machine; without the bounds a stalled upload holds its thread for a minute. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(3);

    @LocalServerPort
    private int port;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void givenHundredsOfStalledUploadsWithoutCredentials_whenHealthAndQueriesAreAsked_thenTheyAnswer() throws Exception {
        assertAnswersWhileStalled(null);
    }

    @Test
    void givenHundredsOfStalledUploadsWithCredentials_whenHealthAndQueriesAreAsked_thenTheyAnswer() throws Exception {
        assertAnswersWhileStalled(basic("ana", "s3cret-1"));
    }

    @Test
    void givenHeadAsIntake_whenAskedForAPartnership_thenForbiddenLikeGet() throws Exception {
        HttpResponse<String> intake = send("HEAD", "/api/partnerships/e2e-warm-up", basic("ana", "s3cret-1"));
        assertThat(intake.statusCode()).isEqualTo(403);
        assertThat(intake.headers().firstValue("ETag")).isEmpty();
        assertThat(send("HEAD", "/api/partnerships?party=Warm-up%20Org", basic("ana", "s3cret-1")).statusCode()).isEqualTo(403);
        assertThat(send("OPTIONS", "/api/partnerships", basic("ana", "s3cret-1")).statusCode()).isEqualTo(403);
        assertThat(send("HEAD", "/api/partnerships/e2e-warm-up", basic("dash", "s3cret-2")).statusCode()).isEqualTo(200);
    }

    @Test
    void givenWrongCredentials_whenPublicEndpointsAreAsked_thenTheyIgnoreThem() throws Exception {
        String wrong = basic("dash", "not-the-password");
        assertThat(send("GET", "/actuator/health", wrong).body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(send("GET", "/v3/api-docs", wrong).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/v3/api-docs.yaml", null).statusCode()).isEqualTo(200);
    }

    @Test
    void givenRequestsRefusedBeforeAnyController_whenSent_thenEachAnswersProblemJson() throws Exception {
        String viewer = basic("dash", "s3cret-2");
        assertProblem(send("GET", "/error", null), 404);
        assertProblem(send("FOO", "/api/partnerships", viewer), 400);
        assertProblem(raw("GET //api/partnerships HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + viewer
                + "\r\nConnection: close\r\n\r\n"), 400);
        assertProblem(raw("GET /api/partnerships;jsessionid=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400);
        assertProblem(raw("GET /api/%2e%2e/partnerships HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400);
        assertProblem(raw("GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"), 400);
        assertProblem(raw("GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nBad Header\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void givenRepeatedWrongPasswords_whenGuessing_thenLoggedAndRefusedWithoutACheckForAWhile(CapturedOutput output)
            throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int attempt = 0; attempt < 20; attempt++) {
            statuses.add(send("GET", "/api/dashboard", basic("audit", "guess-" + attempt)).statusCode());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 20)).containsOnly(429);
        HttpResponse<String> rightPassword = send("GET", "/api/dashboard", basic("audit", "s3cret-3"));
        assertProblem(rightPassword, 429);
        assertThat(rightPassword.headers().firstValue("Retry-After")).isPresent();
        assertThat(send("GET", "/api/dashboard", basic("dash", "s3cret-2")).statusCode())
                .as("other accounts are not locked").isEqualTo(200);
        assertThat(output.getAll()).contains("Failed login for account 'audit' from");
    }

    private void assertAnswersWhileStalled(String authorization) throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < STALLED; i++) {
                Socket socket = new Socket("localhost", port);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/partnerships HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                        + "Content-Length: 107\r\n\r\n{\"title\":").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                stalled.add(socket);
            }
            for (int round = 0; round < 3; round++) {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri("/actuator/health"))
                        .timeout(ANSWER_WITHIN).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
                HttpResponse<String> query = client.send(HttpRequest.newBuilder(uri("/api/partnerships/e2e-warm-up"))
                        .header("Authorization", basic("dash", "s3cret-2")).timeout(ANSWER_WITHIN).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(query.statusCode()).isEqualTo(200);
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Bytes the JDK's client would never send, on a socket of their own; the answer as it came. */
    private Answer raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int headEnd = answer.indexOf("\r\n\r\n");
            String head = answer.substring(0, headEnd);
            String body = answer.substring(headEnd + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
            }
            String contentType = head.lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring("content-type:".length()).trim()).findFirst().orElse("");
            return new Answer(Integer.parseInt(head.substring(9, 12)), contentType, body);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertProblem(new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body()), status);
    }

    private static void assertProblem(Answer response, int status) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.contentType()).as("type of %s", response.body()).startsWith("application/problem+json");
        JsonNode problem = LedgerClient.JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).isNotBlank();
        assertThat(problem.get("title").asString()).isNotBlank();
    }

    private record Answer(int status, String contentType, String body) {
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
