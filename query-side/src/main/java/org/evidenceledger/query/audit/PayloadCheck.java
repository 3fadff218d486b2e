package org.evidenceledger.query.audit;

import java.util.Map;
import java.util.Optional;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.evidenceledger.platform.intake.IntakeRules;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether a stored event can be read back everywhere: by the event store's own reader, and within
 * what intake accepts today. Events recorded before intake bounded numbers and text may fail this;
 * they are reported, never rewritten (README, "Repairing an entry").
 */
@Component
public class PayloadCheck {

    private final Serializer serializer;
    private final JsonMapper jsonMapper;

    public PayloadCheck(Serializer serializer, JsonMapper jsonMapper) {
        this.serializer = serializer;
        this.jsonMapper = jsonMapper;
    }

    public Optional<String> problem(StoredEvent event) {
        try {
            serializer.deserialize(new SimpleSerializedObject<>(event.payload(), byte[].class,
                    event.payloadType(), event.payloadRevision()));
        } catch (RuntimeException unreadable) {
            return Optional.of("the payload cannot be read back (" + unreadable.getClass().getSimpleName() + ")");
        }
        return refusedValue("", jsonMapper.readTree(event.payload()))
                .map(path -> "the payload holds a value intake refuses today, at " + path
                        + ": retract the entry to take it out of every figure");
    }

    private static Optional<String> refusedValue(String path, JsonNode node) {
        if (node.isNumber()) {
            return IntakeRules.isAcceptedNumber(node.decimalValue()) ? Optional.empty() : Optional.of(path);
        }
        if (node.isString()) {
            return IntakeRules.isAcceptedText(node.asString()) ? Optional.empty() : Optional.of(path);
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                Optional<String> found = refusedValue(path.isEmpty() ? property.getKey() : path + "." + property.getKey(),
                        property.getValue());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = refusedValue(path + "[" + i + "]", node.get(i));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
