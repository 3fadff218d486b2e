package org.evidenceledger.query.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV answer: its header (the JSON field names) and a producer that hands over one row at a time,
 * so that {@link CsvTableConverter} writes each row as it arrives and none is held.
 */
public record CsvTable(List<String> header, Consumer<Consumer<List<?>>> rows) {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** Whether the client asked for CSV rather than JSON: text/csv ranks first in its Accept header. */
    public static boolean wanted(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return false;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }

    public static ResponseEntity<Object> answer(List<String> header, Consumer<Consumer<List<?>>> rows) {
        return ResponseEntity.ok().contentType(TEXT_CSV).body(new CsvTable(header, rows));
    }
}
