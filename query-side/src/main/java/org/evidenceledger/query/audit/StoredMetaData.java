package org.evidenceledger.query.audit;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An event's metadata column read back as a map of its (string) values. */
final class StoredMetaData {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private StoredMetaData() {
    }

    static Map<String, Object> read(JsonMapper jsonMapper, byte[] metaData) {
        if (metaData == null || metaData.length == 0) {
            return Map.of();
        }
        return jsonMapper.readValue(new String(metaData, StandardCharsets.UTF_8), MAP);
    }

    static String text(Map<String, Object> metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
