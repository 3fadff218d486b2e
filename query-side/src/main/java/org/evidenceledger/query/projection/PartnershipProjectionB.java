package org.evidenceledger.query.projection;

import org.axonframework.config.ProcessingGroup;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(PartnershipProjectionB.PROCESSING_GROUP)
public class PartnershipProjectionB extends PartnershipProjection {

    public static final String PROCESSING_GROUP = "partnerships-b";

    public PartnershipProjectionB(ProjectionStores stores) {
        super(ReadModelSlot.B, stores);
    }
}
