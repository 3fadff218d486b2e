package org.evidenceledger.platform.axon;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.function.Function;
import org.evidenceledger.events.EntryId;
import org.evidenceledger.platform.intake.IntakeRules;
import org.evidenceledger.events.PartnershipId;

/**
 * The Jackson 2 mapper behind Axon's serializer: events are stored as readable JSON, dates as
 * ISO-8601 text and typed ids as plain strings, so an auditor reads the store without our code.
 */
public final class LedgerObjectMapper {

    private LedgerObjectMapper() {
    }

    public static ObjectMapper create() {
        SimpleModule ids = new SimpleModule("ledger-ids");
        addStringValue(ids, PartnershipId.class, PartnershipId::value, PartnershipId::new);
        addStringValue(ids, EntryId.class, EntryId::value, EntryId::new);
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(IntakeRules.MAX_STORED_NUMBER_LENGTH).build());
        return mapper
                .registerModule(new JavaTimeModule())
                .registerModule(ids)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    private static <T> void addStringValue(SimpleModule module, Class<T> type,
                                           Function<T, String> toText, Function<String, T> fromText) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeString(toText.apply(value));
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return fromText.apply(parser.getValueAsString());
            }
        });
    }
}
