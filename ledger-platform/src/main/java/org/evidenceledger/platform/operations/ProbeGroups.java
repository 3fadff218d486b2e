package org.evidenceledger.platform.operations;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.application.LivenessStateHealthIndicator;
import org.springframework.boot.health.application.ReadinessStateHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The liveness and readiness probes: Spring Boot's availability states as health indicators, and the
 * groups {@code liveness} and {@code readiness} of ledger-defaults.properties, reached under
 * /actuator/health/. Boot's own probe switch ({@code management.endpoint.health.probes.enabled}) would
 * also list every group's name in the body of /actuator/health, which API.md fixes as
 * {@code {"status":"UP"}}; so the indicators are declared here and the names kept out of that body.
 * Nothing here uses the groups' additional paths, the one other thing that asks for the names.
 */
@Configuration(proxyBeanMethods = false)
public class ProbeGroups {

    @Bean
    public LivenessStateHealthIndicator livenessStateHealthIndicator(ApplicationAvailability availability) {
        return new LivenessStateHealthIndicator(availability);
    }

    @Bean
    public ReadinessStateHealthIndicator readinessStateHealthIndicator(ApplicationAvailability availability) {
        return new ReadinessStateHealthIndicator(availability);
    }

    @Bean
    public HealthEndpointGroupsPostProcessor unlistedProbeGroups() {
        return groups -> new HealthEndpointGroups() {

            @Override
            public HealthEndpointGroup getPrimary() {
                return groups.getPrimary();
            }

            @Override
            public Set<String> getNames() {
                return Set.of();
            }

            @Override
            public @Nullable HealthEndpointGroup get(String name) {
                return groups.get(name);
            }
        };
    }
}
