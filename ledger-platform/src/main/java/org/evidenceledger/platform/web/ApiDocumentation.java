package org.evidenceledger.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidenceledger.events.Slug;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The rules of API.md that hold for every operation, stated once for the served OpenAPI document: who may
 * call what (the same split as {@code SecurityConfiguration}), the problem+json answers each kind of
 * operation can give, real media types instead of springdoc's {@code *}{@code /*}, and which fields of an
 * answer are always present. What is particular to one operation stays on its controller.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    public static final String BASIC = "basicAuth";
    public static final String BEARER = "bearerAuth";
    public static final String PROBLEM = "Problem";
    public static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    public static final String ANCHORED_SLUG = "^" + Slug.PATTERN + "$";

    /** Fields of shared types (no documentation annotations in shared-events) and references that may be null. */
    private static final Map<String, Set<String>> NULLABLE = Map.of(
            "Source", Set.of("publisher", "title"),
            "TimelineEntry", Set.of("source"),
            "MeasureEvidence", Set.of("latest"));

    @Bean
    public OpenAPI ledgerOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Partnership Evidence Ledger API")
                        .version("1.1")
                        .description("An append-only, hash-chained ledger of the evidence behind announced partnerships "
                                + "for clinical AI models: commands record entries (role INTAKE), queries read summaries, "
                                + "timelines, scorecards and rankings (VIEWER or AUDITOR), the audit API reads the raw "
                                + "event streams and their proofs (AUDITOR), operators take backups (OPERATOR). "
                                + "Errors are RFC 9457 problem+json.")
                        .contact(new Contact().name("Partnership Evidence Ledger maintainers")))
                // Relative: the document is right wherever the service is reached (proxy, port, scheme).
                .servers(List.of(new Server().url("/").description("This service")));
    }

    @Bean
    public OpenApiCustomizer ledgerContract(ObjectProvider<JwtDecoder> jwtDecoder) {
        boolean bearer = jwtDecoder.getIfAvailable() != null;
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("An account of ledger.security.users (name:password:ROLE[+ROLE])."));
            if (bearer) {
                components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").bearerFormat("JWT")
                        .description("A JWT of the configured identity provider: roles from the configured claim, "
                                + "the account from sub."));
            }
            components.addSchemas("FieldError", new ObjectSchema()
                    .addProperty("field", new StringSchema().description("The request field or parameter."))
                    .addProperty("message", new StringSchema().description("What is wrong with it."))
                    .required(List.of("field", "message")));
            components.addSchemas(PROBLEM, new ObjectSchema()
                    .description("RFC 9457 problem details.")
                    .addProperty("type", new StringSchema().format("uri").example("urn:problem:ledger:400"))
                    .addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema().minimum(BigDecimal.valueOf(400))
                            .maximum(BigDecimal.valueOf(599)))
                    .addProperty("detail", new StringSchema())
                    .addProperty("instance", new StringSchema().format("uri-reference"))
                    .addProperty("errors", new ArraySchema()
                            .items(new Schema<>().$ref("#/components/schemas/FieldError"))
                            .description("For validation: one item per invalid field."))
                    .required(List.of("type", "title", "status")));
            markAlwaysPresent(components);
            NULLABLE.forEach((schema, fields) -> {
                Schema<?> model = components.getSchemas().get(schema);
                if (model != null && model.getProperties() != null) {
                    fields.forEach(field -> model.getProperties()
                            .computeIfPresent(field, (name, property) -> nullable(property)));
                }
            });
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> document(path, method, operation, bearer)));
            }
            // Spring's return types of the streamed answers, documented above as what goes over the wire.
            components.getSchemas().remove("SseEmitter");
            components.getSchemas().remove("StreamingResponseBody");
        };
    }

    /**
     * Answers are written with {@code spring.jackson.default-property-inclusion=always}: every field is there,
     * null or not. A schema that states its own {@code required} (request bodies, answers that leave fields
     * out) keeps it.
     */
    private static void markAlwaysPresent(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        components.getSchemas().forEach((name, schema) -> {
            if (!name.endsWith("Request") && schema.getProperties() != null
                    && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        });
    }

    private static Schema<?> nullable(Schema<?> property) {
        if (property.get$ref() != null) {
            return new Schema<>().oneOf(List.of(new Schema<>().$ref(property.get$ref()), new Schema<>().types(Set.of("null"))))
                    .description(property.getDescription());
        }
        Set<String> types = new LinkedHashSet<>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        } else if (property.getType() != null) {
            types.add(property.getType());
        }
        types.add("null");
        property.setTypes(types);
        return property;
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation, boolean bearer) {
        boolean command = method == PathItem.HttpMethod.POST && path.startsWith("/api/partnerships");
        boolean audit = path.startsWith("/api/audit/");
        boolean admin = path.startsWith("/api/admin/");
        String roles = command ? "INTAKE" : audit ? "AUDITOR" : admin ? "OPERATOR" : "VIEWER or AUDITOR";
        operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
                + "Role: " + roles + ".");
        List<SecurityRequirement> security = new ArrayList<>();
        security.add(new SecurityRequirement().addList(BASIC));
        if (bearer) {
            security.add(new SecurityRequirement().addList(BEARER));
        }
        operation.setSecurity(security);
        if (operation.getParameters() != null) {
            operation.getParameters().removeIf(parameter -> "header".equals(parameter.getIn())
                    && "Accept".equalsIgnoreCase(parameter.getName()));
            for (Parameter parameter : operation.getParameters()) {
                if ("path".equals(parameter.getIn()) && "partnershipId".equals(parameter.getName())) {
                    parameter.setSchema(new StringSchema().pattern(ANCHORED_SLUG));
                    parameter.setDescription("The partnership's id, a slug.");
                }
            }
        }
        ApiResponses responses = operation.getResponses();
        responses.forEach((status, response) -> realMediaTypes(path, response));
        boolean named = path.contains("{");
        if (command) {
            problem(responses, "400", "Malformed JSON, a missing or invalid field, a date in the future, an unknown enum value.");
        } else if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> "query".equals(parameter.getIn()))) {
            problem(responses, "400", "A bad query parameter.");
        }
        problem(responses, "401", "No or invalid credentials.")
                .addHeaderObject("WWW-Authenticate", header("The challenge: Basic, or Bearer for a refused token."));
        problem(responses, "403", "The account's role does not allow this operation (needs " + roles + ").");
        if (named) {
            problem(responses, "404", command ? "No such partnership (or, for a retraction, entry)." : "Not found.");
        }
        if (command) {
            problem(responses, "409", "A duplicate partnership id or entry id, or a concurrent change the server's own "
                    + "retries could not settle.");
            problem(responses, "412", "If-Match names another version than the partnership's current one.");
            problem(responses, "413", "The body is over 64 KiB.");
            problem(responses, "415", "The body is not JSON.");
            problem(responses, "422", "A rule of the domain refuses the command, or the Idempotency-Key was used with "
                    + "another body. Nothing is recorded.");
        }
        problem(responses, "429", "Too many failed logins of this account from here.")
                .addHeaderObject("Retry-After", header("Seconds to wait.").schema(new IntegerSchema()));
        if (command) {
            problem(responses, "503", "Nothing can be stored right now (for example, a full disk) or the service is "
                    + "shutting down. Retry later, with the same Idempotency-Key.")
                    .addHeaderObject("Retry-After", header("Seconds to wait.").schema(new IntegerSchema()));
        }
        // Refusals a controller declares for itself are problems too, whatever its return type says.
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
    }

    /** springdoc documents what a method returns as {@code *}{@code /*}; these answers are JSON unless declared otherwise. */
    private static void realMediaTypes(String path, ApiResponse response) {
        Content content = response.getContent();
        if (content == null) {
            return;
        }
        MediaType any = content.remove("*/*");
        MediaType events = content.get(org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE);
        if (events != null) {
            events.setSchema(new StringSchema().description("Server-Sent Events: an event named partnership carrying "
                    + "a Summary as JSON each time one changes."));
        }
        if (any == null) {
            return;
        }
        if (path.equals("/api/audit/export")) {
            content.addMediaType("application/x-ndjson", new MediaType().schema(new StringSchema()
                    .description("One JSON object a line: every event of the ledger in leaf order.")));
        } else {
            content.addMediaType(JSON, any);
        }
    }

    private static ApiResponse problem(ApiResponses responses, String status, String description) {
        ApiResponse response = responses.get(status);
        if (response == null) {
            response = new ApiResponse().description(description);
            responses.addApiResponse(status, response);
        }
        return response;
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    private static Header header(String description) {
        return new Header().description(description).schema(new StringSchema());
    }
}
