package org.evidenceledger.command.web;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Documents what every command shares through {@link CommandDispatcher}: the headers it reads, and its
 * answer, 201 with the {@link Recorded} body, the version as ETag and, for the announcement, a Location.
 */
@Configuration(proxyBeanMethods = false)
public class CommandApiDocumentation {

    @Bean
    public OperationCustomizer commandHeaders() {
        return (operation, handlerMethod) -> {
            PostMapping post = handlerMethod.getMethodAnnotation(PostMapping.class);
            if (post != null && handlerMethod.getBeanType().getPackageName().startsWith("org.evidenceledger.command")) {
                operation.addParametersItem(new HeaderParameter().name(CommandDispatcher.IDEMPOTENCY_KEY)
                        .description("Any string up to 200 characters. A repeat of the same request with the same key "
                                + "answers the first answer again and records nothing; the same key with another body is 422.")
                        .schema(new StringSchema().maxLength(200)));
                operation.addParametersItem(new HeaderParameter().name(CommandDispatcher.IF_MATCH)
                        .description("\"<version>\": the command applies only if the partnership is at that version, else 412.")
                        .schema(new StringSchema().pattern("^\"\\d+\"$").example("\"3\"")));
                ApiResponse ok = operation.getResponses().remove("200");
                if (ok != null) {
                    boolean announcement = Arrays.stream(post.path()).anyMatch(CommandDispatcher.ANNOUNCE_PATH::equals);
                    ok.setDescription(announcement ? "Announced: the partnership at version 0."
                            : "Recorded: the entry and the partnership's version after it.");
                    ok.addHeaderObject("ETag", new Header().required(true)
                            .description("The partnership's version after the command, quoted: send it as If-Match.")
                            .schema(new StringSchema().pattern("^\"\\d+\"$")));
                    if (announcement) {
                        ok.addHeaderObject("Location", new Header().required(true)
                                .description("The announced partnership: /api/partnerships/{partnershipId}.")
                                .schema(new StringSchema().format("uri-reference")));
                    }
                    operation.getResponses().addApiResponse("201", ok);
                }
            }
            return operation;
        };
    }
}
