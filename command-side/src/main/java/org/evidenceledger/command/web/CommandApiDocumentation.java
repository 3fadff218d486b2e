package org.evidenceledger.command.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;

/** Documents the headers every command takes; the controllers read them through {@link CommandDispatcher}. */
@Configuration(proxyBeanMethods = false)
public class CommandApiDocumentation {

    @Bean
    public OperationCustomizer commandHeaders() {
        return (operation, handlerMethod) -> {
            if (handlerMethod.hasMethodAnnotation(PostMapping.class)
                    && handlerMethod.getBeanType().getPackageName().startsWith("org.evidenceledger.command")) {
                operation.addParametersItem(new HeaderParameter().name(CommandDispatcher.IDEMPOTENCY_KEY)
                        .description("Any string up to 200 characters. A repeat of the same request with the same key "
                                + "answers the first answer again and records nothing; the same key with another body is 422.")
                        .schema(new StringSchema().maxLength(200)));
                operation.addParametersItem(new HeaderParameter().name(CommandDispatcher.IF_MATCH)
                        .description("\"<version>\": the command applies only if the partnership is at that version, else 412.")
                        .schema(new StringSchema().example("\"3\"")));
            }
            return operation;
        };
    }
}
