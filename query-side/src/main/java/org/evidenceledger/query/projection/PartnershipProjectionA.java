package org.evidenceledger.query.projection;

import org.axonframework.config.ProcessingGroup;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(PartnershipProjectionA.PROCESSING_GROUP)
public class PartnershipProjectionA extends PartnershipProjection {

    public static final String PROCESSING_GROUP = "partnerships-a";

    public PartnershipProjectionA(ProjectionStores stores) {
        super(ReadModelSlot.A, stores);
    }
}
