package org.evidenceledger.command.eventstore;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.evidenceledger.command.partnership.RecordedPartnerships;
import org.evidenceledger.events.PartnershipId;
import org.springframework.stereotype.Component;

/** A partnership is recorded when its event stream exists. */
@Component
public class EventStoreRecordedPartnerships implements RecordedPartnerships {

    private final EventStore eventStore;

    public EventStoreRecordedPartnerships(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean isRecorded(PartnershipId partnershipId) {
        return eventStore.lastSequenceNumberFor(partnershipId.value()).isPresent();
    }
}
