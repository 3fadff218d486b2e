package org.evidenceledger.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.evidenceledger.boot.LedgerApplication;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The served OpenAPI document read as a client team reads it, to generate a client or to validate traffic:
 * each point here is one a generator or a validating proxy got wrong on springdoc's defaults.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.security.users=" + LedgerClient.USERS)
class OpenApiContractTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String PROBLEM = "#/components/schemas/Problem";

    @LocalServerPort
    private int port;

    private JsonNode document;

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestDataDirectories.create("openapi").toString());
    }

    @BeforeEach
    void fetch() throws Exception {
        HttpResponse<String> served = get("/v3/api-docs");
        assertThat(served.statusCode()).isEqualTo(200);
        document = LedgerClient.JSON.readTree(served.body());
    }

    @Test
    void bothFormsOfTheDocumentAnswerWithoutCredentials() throws Exception {
        HttpResponse<String> yaml = get("/v3/api-docs.yaml");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).contains("operationId: announcePartnership");
    }

    @Test
    void theInfoBlockIsFilledInAndTheServerIsRelative() {
        assertThat(document.at("/info/title").asString()).isNotBlank();
        assertThat(document.at("/info/version").asString()).isEqualTo("1.1");
        assertThat(document.at("/info/description").asString()).isNotBlank();
        assertThat(document.at("/info/contact/name").asString()).isNotBlank();
        for (JsonNode server : document.get("servers")) {
            assertThat(server.get("url").asString()).startsWith("/");
        }
        assertThat(document.get("paths").propertyNames()).allMatch(path -> path.startsWith("/api/"));
    }

    @Test
    void everyOperationHasASummaryAndAStableUniqueOperationId() {
        Set<String> ids = new HashSet<>();
        forEachOperation((where, operation) -> {
            assertThat(operation.path("summary").asString("")).as(where).isNotBlank();
            String id = operation.path("operationId").asString("");
            assertThat(id).as(where).matches("[a-z][A-Za-z]+");
            assertThat(ids.add(id)).as("unique operationId " + id).isTrue();
        });
        assertThat(ids).contains("announcePartnership", "publishBenchmark", "getPartnershipSummary", "listPartnerships");
    }

    @Test
    void everyOperationNeedsCredentials_basicDeclared() {
        assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
        assertThat(document.at("/components/securitySchemes").has("bearerAuth"))
                .as("no JWT key configured here").isFalse();
        forEachOperation((where, operation) -> {
            assertThat(operation.path("security").isEmpty()).as(where).isFalse();
            assertThat(operation.at("/responses/401/content").has("application/problem+json")).as(where).isTrue();
            assertThat(operation.at("/responses/403/content").has("application/problem+json")).as(where).isTrue();
        });
    }

    @Test
    void everyCommandAnswers201WithItsVersionAsETag_theAnnouncementItsLocation() {
        forEachOperation((where, operation) -> {
            if (!where.startsWith("post /api/partnerships")) {
                return;
            }
            JsonNode created = operation.at("/responses/201");
            assertThat(created.isMissingNode()).as(where).isFalse();
            assertThat(operation.at("/responses/200").isMissingNode()).as(where).isTrue();
            assertThat(created.at("/headers/ETag/required").asBoolean()).as(where).isTrue();
            assertThat(created.at("/content/application~1json/schema/$ref").asString())
                    .isEqualTo("#/components/schemas/Recorded");
            assertThat(created.at("/headers").has("Location")).as(where).isEqualTo(where.equals("post /api/partnerships"));
            for (String status : List.of("400", "401", "403", "409", "412", "413", "415", "422", "503")) {
                assertThat(operation.at("/responses/" + status).isMissingNode()).as(where + " " + status).isFalse();
            }
            assertThat(operation.at("/responses/404").isMissingNode()).as(where).isEqualTo(where.equals("post /api/partnerships"));
        });
        assertThat(required("Recorded")).containsExactlyInAnyOrder("partnershipId", "version");
        JsonNode replay = document.at("/paths/~1api~1audit~1replays/post/responses");
        assertThat(replay.has("202")).isTrue();
        assertThat(replay.has("200")).isFalse();
        assertThat(replay.at("/202/headers").has("Location")).isTrue();
        JsonNode backup = document.at("/paths/~1api~1admin~1backups/post");
        assertThat(backup.at("/responses").has("202")).isTrue();
        assertThat(backup.get("description").asString()).contains("Role: OPERATOR");
    }

    @Test
    void everyFourHundredIsProblemJson_everySuccessARealMediaType() {
        forEachOperation((where, operation) -> operation.get("responses").properties().forEach(answer -> {
            JsonNode content = answer.getValue().path("content");
            assertThat(content.has("*/*")).as(where + " " + answer.getKey()).isFalse();
            if (answer.getKey().startsWith("4") || answer.getKey().startsWith("5")) {
                assertThat(content.propertyNames()).as(where + " " + answer.getKey()).containsExactly("application/problem+json");
                assertThat(content.at("/application~1problem+json/schema/$ref").asString()).isEqualTo(PROBLEM);
            } else {
                assertThat(content.propertyNames()).as(where + " " + answer.getKey()).isNotEmpty();
            }
        }));
        assertThat(document.at("/paths/~1api~1audit~1export/get/responses/200/content").has("application/x-ndjson")).isTrue();
        assertThat(document.at("/paths/~1api~1stream/get/responses/200/content").has("text/event-stream")).isTrue();
        assertThat(required("Problem")).contains("type", "title", "status");
        assertThat(document.at("/components/schemas/Problem/properties/errors/items/$ref").asString())
                .isEqualTo("#/components/schemas/FieldError");
    }

    @Test
    void theSummaryHasEveryFieldRequired_andNullableExactlyWhereItCanBeNull() {
        Set<String> nullable = Set.of("deploymentTargetDate", "firstDeployedOn", "firstOutcomeReportedOn",
                "daysToFirstOutcomeData");
        JsonNode properties = document.at("/components/schemas/Summary/properties");
        assertThat(required("Summary")).containsExactlyInAnyOrderElementsOf(properties.propertyNames());
        properties.properties().forEach(field -> assertThat(types(field.getValue()).contains("null"))
                .as("Summary." + field.getKey()).isEqualTo(nullable.contains(field.getKey())));
        assertThat(types(document.at("/components/schemas/Scorecard/properties/deploymentOverdueDays"))).contains("null");
        assertThat(types(document.at("/components/schemas/Dashboard/properties/medianDaysWithoutOutcomeData"))).contains("null");
        assertThat(document.at("/components/schemas/MeasureEvidence/properties/latest/oneOf/1/type").asString()).isEqualTo("null");
    }

    @Test
    void objectsAreTypedAsObjects() {
        assertThat(types(document.at("/components/schemas/TimelineEntry/properties/details"))).containsExactly("object");
        assertThat(types(document.at("/components/schemas/AuditEvent/properties/payload"))).containsExactly("object");
        assertThat(document.at("/components/schemas/TimelineEntry/properties/details/additionalProperties").asBoolean())
                .as("any fields, not none").isTrue();
        assertThat(document.at("/components/schemas/AuditEvent/properties/payload/additionalProperties").asBoolean()).isTrue();
    }

    @Test
    void theListsParametersHaveTheirEnumsAndLimits_andSlugPatternsAreAnchored() {
        JsonNode list = document.at("/paths/~1api~1partnerships/get/parameters");
        assertThat(values(parameter(list, "sort").at("/schema/enum"))).containsExactly("daysWithoutOutcomeData", "announcedOn", "title");
        assertThat(values(parameter(list, "order").at("/schema/enum"))).containsExactly("asc", "desc");
        assertThat(parameter(list, "size").at("/schema/minimum").asInt()).isEqualTo(1);
        assertThat(parameter(list, "size").at("/schema/maximum").asInt()).isEqualTo(200);
        assertThat(parameter(list, "page").at("/schema/minimum").asInt()).isZero();
        assertThat(values(parameter(list, "stage").at("/schema/enum"))).contains("ANNOUNCED");
        assertThat(values(parameter(list, "gap").at("/schema/enum"))).contains("NO_OUTCOME_DATA");
        List<String> patterns = new ArrayList<>();
        collect(document, "pattern", patterns);
        assertThat(patterns).contains("^[a-z0-9][a-z0-9-]{2,79}$");
        assertThat(patterns).allMatch(pattern -> pattern.startsWith("^") && pattern.endsWith("$"), "anchored");
    }

    private void forEachOperation(BiConsumer<String, JsonNode> check) {
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                check.accept(method.getKey() + " " + path.getKey(), method.getValue());
            }
        }));
    }

    private static void collect(JsonNode node, String name, List<String> found) {
        if (node.isObject()) {
            node.properties().forEach(property -> {
                if (property.getKey().equals(name) && property.getValue().isString()) {
                    found.add(property.getValue().asString());
                } else {
                    collect(property.getValue(), name, found);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, name, found));
        }
    }

    private List<String> required(String schema) {
        return values(document.at("/components/schemas/" + schema + "/required"));
    }

    private static List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.isArray() ? values(type) : List.of(type.asString(""));
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static JsonNode parameter(JsonNode parameters, String name) {
        for (JsonNode parameter : parameters) {
            if (parameter.get("name").asString().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
