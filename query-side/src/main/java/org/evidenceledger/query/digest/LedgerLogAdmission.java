package org.evidenceledger.query.digest;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.evidenceledger.platform.audit.EventHash;
import org.evidenceledger.platform.axon.EventStoreLocation;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Admits every event to the log in the order its processor sees them, in the processor's
 * transaction together with its token. The processor has one segment, so one process appends at a
 * time, and it is no read-model slot: replays leave it alone. Takes the message itself, so even an
 * event no upcaster can read is admitted: only its metadata is read. Events in Axon Server carry no hash
 * (only our JDBC storage engine stamps one), so there is no log to keep then.
 */
@Component
@Conditional(EventStoreLocation.LedgerDatabase.class)
@ProcessingGroup(LedgerLogAdmission.PROCESSING_GROUP)
public class LedgerLogAdmission {

    public static final String PROCESSING_GROUP = "ledger-log";

    private final LedgerLog log;

    public LedgerLogAdmission(LedgerLog log) {
        this.log = log;
    }

    /** A batch handed over again after a stolen claim finds its events admitted already. */
    @EventHandler
    public void on(EventMessage<?> event) {
        if (log.admitted(event.getIdentifier())) {
            return;
        }
        Object hash = event.getMetaData().get(EventHash.HASH);
        if (hash == null) {
            throw new IllegalStateException("event " + event.getIdentifier() + " carries no hash");
        }
        String aggregate = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : "";
        long sequence = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : -1;
        log.admit(event.getIdentifier(), aggregate, sequence, hash.toString());
    }
}
