package org.evidenceledger.platform.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.evidenceledger.events.BenchmarkPublished;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * BenchmarkPublished revision 1 → 2: revision 2 added {@code sampleSize}; a benchmark recorded
 * before it has none on record. The stored JSON is never rewritten, so its hash stays valid.
 */
@Component
@Order(1)
public class BenchmarkPublishedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(BenchmarkPublished.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(BenchmarkPublished.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("sampleSize");
            return payload;
        });
    }
}
