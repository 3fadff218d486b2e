package org.evidenceledger.platform.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read strictly ({@link IntakeRules}): text only from JSON strings, numbers only
 * from JSON numbers, booleans only from true and false, dates only as yyyy-mm-dd strings, no
 * duplicate keys and nothing after the document. A request that needs guessing is refused.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The same read limits as the event store's mapper, so the two never disagree on a stored number. */
    @Bean
    public JsonFactoryBuilderCustomizer storedNumberLength() {
        return builder -> builder.streamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(IntakeRules.MAX_STORED_NUMBER_LENGTH).build());
    }

    @Bean
    public JsonMapperBuilderCustomizer strictIntake() {
        SimpleModule values = new SimpleModule("ledger-intake")
                .addDeserializer(String.class, new TextDeserializer())
                .addDeserializer(BigDecimal.class, new NumberDeserializer())
                .addDeserializer(LocalDate.class, new DateDeserializer());
        return builder -> builder
                .addModule(values)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Boolean, config -> refuse(config, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.String, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Integer, config -> refuse(config, CoercionInputShape.Float,
                        CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Float, config -> refuse(config,
                        CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Enum, config -> refuse(config, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Collection, config -> refuse(config, CoercionInputShape.String,
                        CoercionInputShape.EmptyString));
    }

    private static void refuse(tools.jackson.databind.cfg.MutableCoercionConfig config, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }

    private static final class TextDeserializer extends ValueDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getString();
            if (!IntakeRules.isAcceptedText(text)) {
                throw new RefusedValueException(parser, String.class, IntakeRules.TEXT_RULE);
            }
            return text;
        }
    }

    private static final class NumberDeserializer extends ValueDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
            }
            BigDecimal value;
            try {
                value = parser.getDecimalValue();
            } catch (RuntimeException unreadable) {
                throw new RefusedValueException(parser, BigDecimal.class, IntakeRules.NUMBER_RULE);
            }
            if (!IntakeRules.isAcceptedNumber(value)) {
                throw new RefusedValueException(parser, BigDecimal.class, IntakeRules.NUMBER_RULE);
            }
            return value;
        }
    }

    private static final class DateDeserializer extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new RefusedValueException(parser, LocalDate.class, IntakeRules.DATE_RULE);
            }
            String text = parser.getString();
            try {
                LocalDate date = ISO_DATE.matcher(text).matches()
                        ? LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE) : null;
                if (date != null && IntakeRules.isAcceptedDate(date)) {
                    return date;
                }
            } catch (DateTimeParseException invalid) {
                // 2026-02-30 and the like: refused below, like any other date outside the rule
            }
            throw new RefusedValueException(parser, LocalDate.class, IntakeRules.DATE_RULE);
        }
    }
}
