package org.evidenceledger.platform.operations;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The liveness and readiness probes are health groups, reached by name under /actuator/health/. Spring
 * Boot also lists every group's name in the body of /actuator/health itself; API.md fixes that body as
 * {@code {"status":"UP"}}, so the names are not listed. Nothing here uses the groups' additional paths,
 * the one other thing that asks for the names.
 */
@Component
public class ProbeGroups implements HealthEndpointGroupsPostProcessor {

    @Override
    public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
        return new HealthEndpointGroups() {

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
