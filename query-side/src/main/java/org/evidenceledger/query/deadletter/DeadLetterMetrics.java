package org.evidenceledger.query.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The events the projections have parked, as the gauge {@code ledger.dead.letters} (Prometheus:
 * {@code ledger_dead_letters}), read from the dead-letter queue's table each time it is scraped.
 */
@Component
public class DeadLetterMetrics implements MeterBinder {

    private final DeadLetterRepository deadLetters;

    public DeadLetterMetrics(DeadLetterRepository deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("ledger.dead.letters", deadLetters, DeadLetterRepository::count)
                .description("Events the projections could not apply, parked with their partnership's later events")
                .register(registry);
    }
}
