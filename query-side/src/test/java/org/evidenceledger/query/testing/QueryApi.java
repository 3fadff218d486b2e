package org.evidenceledger.query.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the query API over real HTTP, as a dashboard would be: HTTP Basic, JSON answers. */
public final class QueryApi {

    public static final String USERS = "ana:s3cret-1:INTAKE,dash:s3cret-2:VIEWER,audit:s3cret-3:AUDITOR,"
            + "ops:s3cret-4:OPERATOR";
    public static final Account ANA = new Account("ana", "s3cret-1");
    public static final Account DASH = new Account("dash", "s3cret-2");
    public static final Account AUDIT = new Account("audit", "s3cret-3");
    public static final Account OPS = new Account("ops", "s3cret-4");

    /** How long a test waits for the projection to catch up with what it fed. */
    public static final Duration CATCH_UP = Duration.ofSeconds(5);
    /** How long the ledger's log may take to admit an event. */
    public static final Duration ADMISSION = Duration.ofSeconds(20);
    /** How long a replay of a test's few events may take on a busy machine. */
    public static final Duration REPLAY = Duration.ofSeconds(60);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;

    public QueryApi(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    public Answer get(String pathAndQuery) {
        return get(pathAndQuery, DASH);
    }

    public Answer get(String pathAndQuery, Account account) {
        return send(request(pathAndQuery, account).GET());
    }

    /** GET asking for another media type than JSON, such as the Atom feed's. */
    public Answer get(String pathAndQuery, Account account, String accept) {
        return send(request(pathAndQuery, account).setHeader("Accept", accept).GET());
    }

    /** A POST without a body, as an auditor starts a replay or a retry. */
    public Answer post(String path, Account account) {
        return send(request(path, account).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String pathAndQuery, Account account) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json");
        if (account != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (account.name() + ":" + account.password()).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            return new Answer(client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET that must answer 200 with JSON. */
    public JsonNode ok(String pathAndQuery) {
        return get(pathAndQuery).ok();
    }

    public JsonNode summary(String partnershipId) {
        return ok("/api/partnerships/" + partnershipId);
    }

    public JsonNode summary(String partnershipId, String asOf) {
        return ok("/api/partnerships/" + partnershipId + "?asOf=" + asOf);
    }

    public JsonNode timeline(String partnershipId) {
        return ok("/api/partnerships/" + partnershipId + "/timeline");
    }

    public JsonNode timeline(String partnershipId, String asOf) {
        return ok("/api/partnerships/" + partnershipId + "/timeline?asOf=" + asOf);
    }

    /**
     * Polls the partnership's summary until the projection has reached the version (bounded by
     * {@link #CATCH_UP}); answers that summary.
     */
    public JsonNode awaitVersion(String partnershipId, long version) {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            last = get("/api/partnerships/" + partnershipId);
            if (last.status() == 200 && last.json().get("version").asLong() >= version) {
                return last.json();
            }
            pause();
        }
        throw new AssertionError("the projection did not reach version " + version + " of " + partnershipId
                + " within " + CATCH_UP + "; last answer: " + last);
    }

    /** Polls the inclusion proof until the ledger's log, which admits events asynchronously, has admitted the event. */
    public void awaitAdmitted(String partnershipId, long sequenceNumber) {
        long deadline = System.nanoTime() + ADMISSION.toNanos();
        String proof = "/api/audit/inclusion?partnershipId=" + partnershipId + "&sequenceNumber=" + sequenceNumber;
        while (get(proof, AUDIT).status() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the log did not admit event " + sequenceNumber + " of " + partnershipId
                        + " within " + ADMISSION);
            }
            pause();
        }
    }

    /** Polls a replay until it has ended (bounded by {@link #REPLAY}); answers its last status. */
    public JsonNode awaitReplayEnd(String replayId) {
        long deadline = System.nanoTime() + REPLAY.toNanos();
        while (true) {
            JsonNode status = get("/api/audit/replays/" + replayId, AUDIT).ok();
            if (!status.get("status").asString().equals("RUNNING")) {
                return status;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("replay " + replayId + " still RUNNING after " + REPLAY + ": " + status);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Account(String name, String password) {
    }

    /** What the server answered. */
    public static final class Answer {

        private final HttpResponse<String> response;

        Answer(HttpResponse<String> response) {
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        public JsonNode ok() {
            assertThat(status()).as("status of %s", body()).isEqualTo(200);
            assertThat(header("Content-Type")).startsWith("application/json");
            return json();
        }

        /** An RFC 9457 problem with the given status and the members API.md names. */
        public JsonNode problem(int expectedStatus) {
            assertThat(status()).as("status of %s", body()).isEqualTo(expectedStatus);
            assertThat(header("Content-Type")).startsWith("application/problem+json");
            JsonNode problem = json();
            assertThat(problem.get("status").asInt()).isEqualTo(expectedStatus);
            assertThat(problem.get("type").asString()).isNotBlank();
            assertThat(problem.get("title").asString()).isNotBlank();
            assertThat(problem.get("detail").asString()).isNotBlank();
            return problem;
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
