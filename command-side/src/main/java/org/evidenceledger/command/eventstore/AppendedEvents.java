package org.evidenceledger.command.eventstore;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Counts the events this process appends, once their transaction committed: {@code ledger.events}
 * (Prometheus {@code ledger_events_total}). A command refused or rolled back (a retried race) counts none.
 * Summed over every command process it is the ledger's rate of new events.
 */
@Component
public class AppendedEvents {

    public AppendedEvents(EventStore eventStore, MeterRegistry registry) {
        Counter appended = Counter.builder("ledger.events")
                .description("Events appended to the event store by this process, counted once committed")
                .register(registry);
        eventStore.registerDispatchInterceptor(events -> {
            int count = events.size();
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(unitOfWork -> appended.increment(count));
            } else {
                appended.increment(count);
            }
            return (BiFunction<Integer, EventMessage<?>, EventMessage<?>>) (index, event) -> event;
        });
    }
}
