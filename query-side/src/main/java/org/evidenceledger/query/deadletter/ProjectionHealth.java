package org.evidenceledger.query.deadletter;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health says DEGRADED (still 200: queries answer, commands are taken) while a projection holds
 * events it could not apply: some partnership's read model has stopped short of its stream.
 */
@Component("projections")
public class ProjectionHealth implements HealthIndicator {

    public static final Status DEGRADED = new Status("DEGRADED");

    private final DeadLetterRepository deadLetters;

    public ProjectionHealth(DeadLetterRepository deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        long parked = deadLetters.count();
        return parked == 0 ? Health.up().build() : Health.status(DEGRADED).withDetail("parkedEvents", parked).build();
    }
}
