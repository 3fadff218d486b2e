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
 * BenchmarkPublished revision 2 → 3: revision 3 added {@code measure}; a benchmark recorded before it
 * names none, so it speaks to none of the buyer's asks. Runs after the 1 → 2 step.
 */
@Component
@Order(2)
public class BenchmarkMeasureUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_3 = new SimpleSerializedType(BenchmarkPublished.class.getName(), "3");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return BenchmarkPublishedUpcaster.REVISION_2.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_3, JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("measure");
            return payload;
        });
    }
}
