package org.evidenceledger.query.testing;

import java.time.Instant;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.evidenceledger.events.PartnershipEvent;
import org.evidenceledger.platform.axon.RecordingMetadata;

/**
 * Appends events to the real event store as the command side would: the next sequence number of
 * the partnership's stream, recordedAt and recordedBy in the metadata, in one transaction.
 */
public final class LedgerFeed {

    public static final String AGGREGATE_TYPE = "Partnership";

    private final EventStore eventStore;
    private final TransactionManager transactionManager;

    public LedgerFeed(EventStore eventStore, TransactionManager transactionManager) {
        this.eventStore = eventStore;
        this.transactionManager = transactionManager;
    }

    /** Records the event as ana at the given instant; answers its sequence number (the partnership's version). */
    public long record(String recordedAt, PartnershipEvent event) {
        return record(recordedAt, "ana", event);
    }

    public long record(String recordedAt, String recordedBy, PartnershipEvent event) {
        String partnershipId = event.partnershipId().value();
        long sequenceNumber = eventStore.lastSequenceNumberFor(partnershipId).map(last -> last + 1).orElse(0L);
        GenericDomainEventMessage<PartnershipEvent> message = new GenericDomainEventMessage<>(AGGREGATE_TYPE,
                partnershipId, sequenceNumber, event,
                MetaData.with(RecordingMetadata.RECORDED_AT, Instant.parse(recordedAt).toString())
                        .and(RecordingMetadata.RECORDED_BY, recordedBy));
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        unitOfWork.execute(() -> eventStore.publish(message));
        return sequenceNumber;
    }
}
