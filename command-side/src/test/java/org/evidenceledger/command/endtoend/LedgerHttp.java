package org.evidenceledger.command.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the command API over real HTTP, as an intake script would be: Basic credentials, JSON bodies. */
final class LedgerHttp {

    static final String USERS = "ana:s3cret-1:INTAKE,dash:s3cret-2:VIEWER,audit:s3cret-3:AUDITOR,ops:s3cret-4:OPERATOR";
    static final Account ANA = new Account("ana", "s3cret-1");
    static final Account DASH = new Account("dash", "s3cret-2");
    static final Account AUDIT = new Account("audit", "s3cret-3");
    static final Account OPS = new Account("ops", "s3cret-4");

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;

    LedgerHttp(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    /** A JSON POST as the intake account, with optional header name/value pairs. */
    Answer post(String path, String json, String... headers) {
        return send(request(path, ANA, headers).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    CompletableFuture<Answer> postAsync(String path, String json, String... headers) {
        return client.sendAsync(request(path, ANA, headers).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(Answer::new);
    }

    /** A streamed body: the client sends it chunked, without Content-Length. */
    static BodyPublisher chunked(Supplier<InputStream> body) {
        return HttpRequest.BodyPublishers.ofInputStream(body);
    }

    HttpRequest.Builder request(String path, Account account, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (account != null) {
            String token = Base64.getEncoder()
                    .encodeToString((account.name() + ":" + account.password()).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return builder;
    }

    Answer send(HttpRequest.Builder request) {
        try {
            return new Answer(client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Account(String name, String password) {
    }

    /** What the server answered. */
    static final class Answer {

        private final HttpResponse<String> response;

        Answer(HttpResponse<String> response) {
            this.response = response;
        }

        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String body() {
            return response.body();
        }

        JsonNode json() {
            return JSON.readTree(response.body());
        }

        /** A 201 of a command, answered with the success body of API.md. */
        JsonNode created() {
            assertThat(status()).as("status of %s", body()).isEqualTo(201);
            assertThat(header("Content-Type")).startsWith("application/json");
            return json();
        }

        /** An RFC 9457 problem with the given status and the fields API.md names. */
        JsonNode problem(int expectedStatus) {
            assertThat(status()).as("status of %s", body()).isEqualTo(expectedStatus);
            assertThat(header("Content-Type")).startsWith("application/problem+json");
            JsonNode problem = json();
            assertThat(problem.propertyNames()).as("fields of %s", body()).contains("type", "title", "status", "detail");
            assertThat(problem.get("status").asInt()).isEqualTo(expectedStatus);
            for (String field : new String[] {"type", "title", "detail"}) {
                assertThat(problem.get(field).isString()).as("%s of %s", field, body()).isTrue();
                assertThat(problem.get(field).asString()).as("%s of %s", field, body()).isNotBlank();
            }
            return problem;
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
