package org.evidenceledger.query.testing;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads the members of API answers; a member present with JSON null reads as null. */
public final class Json {

    private Json() {
    }

    public static String text(JsonNode node, String field) {
        JsonNode value = present(node, field);
        return value.isNull() ? null : value.asString();
    }

    public static Long number(JsonNode node, String field) {
        JsonNode value = present(node, field);
        return value.isNull() ? null : value.asLong();
    }

    public static List<String> texts(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : present(node, field)) {
            values.add(item.asString());
        }
        return values;
    }

    /** One member of every item of an array, in order. */
    public static List<String> column(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            values.add(text(item, field));
        }
        return values;
    }

    private static JsonNode present(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new AssertionError("no member '" + field + "' in " + node);
        }
        return value;
    }
}
