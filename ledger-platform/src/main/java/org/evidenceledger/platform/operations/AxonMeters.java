package org.evidenceledger.platform.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.stereotype.Component;

/**
 * Axon's meters of the command bus, the query bus and each event processor, as axon-micrometer's
 * {@link GlobalMetricRegistry} registers them (the same names and tags: timer, counters, processor latency,
 * capacity), with the ledger's {@link CapacityMonitor} in place of Axon's, which holds an entry per message for ten
 * minutes. Axon's auto-configuration uses this registry instead of its own.
 */
@Component
public class AxonMeters extends GlobalMetricRegistry {

    public AxonMeters(MeterRegistry registry) {
        super(registry);
    }

    @Override
    public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String name,
                                                                        Function<Message<?>, Iterable<Tag>> tags) {
        return handlerMonitor(name, tags);
    }

    @Override
    public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String name,
                                                                       Function<Message<?>, Iterable<Tag>> tags) {
        return handlerMonitor(name, tags);
    }

    @Override
    public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String name,
                                                                         Function<Message<?>, Iterable<Tag>> tags,
                                                                         Function<Message<?>, Iterable<Tag>> latencyTags) {
        return new MultiMessageMonitor<>(
                MessageTimerMonitor.buildMonitor(name, getRegistry(), tags),
                EventProcessorLatencyMonitor.builder().meterNamePrefix(name).meterRegistry(getRegistry())
                        .tagsBuilder(latencyTags).build(),
                capacity(name, tags),
                MessageCountingMonitor.buildMonitor(name, getRegistry(), tags));
    }

    private MessageMonitor<Message<?>> handlerMonitor(String name, Function<Message<?>, Iterable<Tag>> tags) {
        return new MultiMessageMonitor<>(
                MessageTimerMonitor.buildMonitor(name, getRegistry(), tags),
                capacity(name, tags),
                MessageCountingMonitor.buildMonitor(name, getRegistry(), tags));
    }

    private CapacityMonitor capacity(String name, Function<Message<?>, Iterable<Tag>> tags) {
        return new CapacityMonitor(name, getRegistry(), tags, getRegistry().config().clock());
    }
}
