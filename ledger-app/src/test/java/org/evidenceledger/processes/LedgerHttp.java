package org.evidenceledger.processes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client written against API.md: intake commands as ana, audit reads as audit, over HTTP/1.1. */
final class LedgerHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ANA = basic("ana", "s3cret-1");
    private static final String AUDIT = basic("audit", "s3cret-3");
    private static final String DASH = basic("dash", "s3cret-2");
    private static final String OPS = basic("ops", "s3cret-4");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();

    /** A POST as intake; IOException when the process is gone (the caller then knows nothing was acknowledged). */
    Answer post(URI base, String path, String json, String... headers) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", ANA)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A POST with no body as auditor (a replay). */
    Answer auditPost(URI base, String path) throws IOException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", AUDIT).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A GET as auditor that must answer 200. */
    JsonNode audit(URI base, String path) {
        try {
            Answer answer = send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", AUDIT).GET());
            if (answer.status() != 200) {
                throw new AssertionError("GET " + path + " answered " + answer);
            }
            return answer.json();
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed", e);
        }
    }

    /** The status a query as viewer answers; -1 when the node does not answer at all. */
    int viewerStatus(URI base, String path) {
        try {
            return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", DASH).GET()).status();
        } catch (IOException e) {
            return -1;
        }
    }

    /** A request as operator (POST with an empty body when {@code post}). */
    Answer operator(URI base, String path, boolean post) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", OPS);
        return send(post ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET());
    }

    /** A GET without credentials. */
    Answer anonymous(URI base, String path) throws IOException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5)).GET());
    }

    private Answer send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    record Answer(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
