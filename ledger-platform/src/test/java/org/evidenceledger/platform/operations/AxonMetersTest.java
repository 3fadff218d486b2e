package org.evidenceledger.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.junit.jupiter.api.Test;

/** Axon's meters as the ledger registers them: Axon's names and tags, and a capacity gauge without per-message entries. */
class AxonMetersTest {

    private static final Function<Message<?>, Iterable<Tag>> BY_PAYLOAD =
            message -> List.of(Tag.of("payloadType", message.getPayloadType().getSimpleName()));

    private final MockClock clock = new MockClock();

    @Test
    void theSameMetersAsAxonsOwnRegistry() {
        assertThat(meters(new AxonMeters(registry()))).isEqualTo(meters(new GlobalMetricRegistry(registry())));
    }

    @Test
    void capacityIsTheShareOfTheLastTenMinutesSpentHandling() {
        MeterRegistry registry = registry();
        MessageMonitor<? super CommandMessage<?>> monitor =
                new AxonMeters(registry).registerCommandBus("commandBus", BY_PAYLOAD);

        MessageMonitor.MonitorCallback first = monitor.onMessageIngested(GenericCommandMessage.asCommandMessage("one"));
        clock.add(Duration.ofSeconds(30));
        first.reportSuccess();
        MessageMonitor.MonitorCallback second = monitor.onMessageIngested(GenericCommandMessage.asCommandMessage(2L));
        clock.add(Duration.ofSeconds(60));
        second.reportFailure(new IllegalStateException("refused"));

        assertThat(capacity(registry, "String")).isCloseTo(30 / 600.0, offset(1e-9));
        assertThat(capacity(registry, "Long")).isCloseTo(60 / 600.0, offset(1e-9));

        clock.add(Duration.ofSeconds(571));
        assertThat(capacity(registry, "String")).as("ended more than ten minutes ago").isZero();
        assertThat(capacity(registry, "Long")).isCloseTo(60 / 600.0, offset(1e-9));
    }

    private double capacity(MeterRegistry registry, String payloadType) {
        return registry.get("commandBus.capacity").tag("payloadType", payloadType).gauge().value();
    }

    private MeterRegistry registry() {
        return new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    }

    /** The meters (name and tags) registered once one command, one query and one event went through. */
    private static Set<String> meters(GlobalMetricRegistry metrics) {
        ingestAndReport(metrics.registerCommandBus("commandBus", BY_PAYLOAD),
                GenericCommandMessage.asCommandMessage("command"));
        ingestAndReport(metrics.registerQueryBus("queryBus", BY_PAYLOAD),
                new GenericQueryMessage<>("query", ResponseTypes.instanceOf(String.class)));
        Function<Message<?>, Iterable<Tag>> byProcessor = message -> List.of(Tag.of("processorName", "partnerships-a"));
        ingestAndReport(metrics.registerEventProcessor("eventProcessor", byProcessor, byProcessor),
                GenericEventMessage.asEventMessage("event"));
        return metrics.getRegistry().getMeters().stream().map(Meter::getId)
                .map(id -> id.getName() + id.getTags() + id.getType())
                .collect(Collectors.toSet());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void ingestAndReport(MessageMonitor monitor, Message<?> message) {
        monitor.onMessageIngested(message).reportSuccess();
    }
}
