package org.evidenceledger.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.evidenceledger.platform.intake.IntakeRules;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Intake script and dashboard in one: commands as ana (INTAKE), queries and the stream as dash (VIEWER). */
final class LedgerClient {

    static final String USERS = "ana:s3cret-1:INTAKE,dash:s3cret-2:VIEWER,audit:s3cret-3:AUDITOR,ops:s3cret-4:OPERATOR";
    /** Reads numbers as long as the ledger may hold (events of versions before intake bounded them). */
    static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(IntakeRules.MAX_STORED_NUMBER_LENGTH).build())
            .build()).build();

    private static final String ANA = basic("ana", "s3cret-1");
    private static final String DASH = basic("dash", "s3cret-2");
    private static final String AUDIT = basic("audit", "s3cret-3");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;

    LedgerClient(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    /** A command that must succeed: answers its success body {partnershipId, entryId, version}. */
    JsonNode command(String path, String json) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", ANA)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(response.statusCode()).as("POST %s answered %s", path, response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    /** A query that must answer 200 with JSON. */
    JsonNode query(String pathAndQuery) {
        return JSON.readTree(ok(pathAndQuery, DASH, "application/json"));
    }

    /** An audit query as the auditor, answering 200 with JSON. */
    JsonNode audit(String pathAndQuery) {
        return JSON.readTree(ok(pathAndQuery, AUDIT, "application/json"));
    }

    /** An audit answer as the auditor, as text (the NDJSON export). */
    String auditText(String pathAndQuery) {
        return ok(pathAndQuery, AUDIT, "application/x-ndjson");
    }

    private String ok(String pathAndQuery, String authorization, String contentType) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", authorization)
                .GET());
        assertThat(response.statusCode()).as("GET %s answered %s", pathAndQuery, response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(contentType));
        return response.body();
    }

    /** The status a query answers, whatever it is. */
    int status(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", DASH)
                .GET()).statusCode();
    }

    /**
     * Any request as one of the accounts ({@code ana}, {@code dash}, {@code audit}, {@code ops}) or none (null),
     * with a JSON body when {@code json} is not null; answered whatever the status.
     */
    HttpResponse<String> as(String account, String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (account != null) {
            request.header("Authorization", basic(account, switch (account) {
                case "ana" -> "s3cret-1";
                case "dash" -> "s3cret-2";
                case "audit" -> "s3cret-3";
                case "ops" -> "s3cret-4";
                default -> throw new IllegalArgumentException(account);
            }));
        }
        return send(request);
    }

    /** GET /api/stream as dash, answered once the server has sent the response head. */
    HttpResponse<InputStream> openStream() {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/stream"))
                .header("Authorization", DASH)
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        try {
            return client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("GET /api/stream did not answer", e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
