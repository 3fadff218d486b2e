package org.evidenceledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded event store keeps only the newest {@code ledger.event-store.cached-events} events for the processors
 * at the head: a processor that falls further behind than that still gets every event, once and in order.
 */
class EventStoreCacheTest {

    private static final int CACHED_EVENTS = 5;
    private static final int EVENTS = 200;

    private final EmbeddedEventStore store = new AxonStorageConfiguration().eventStore(new InMemoryEventStorageEngine(),
            DefaultConfigurer.defaultConfiguration().buildConfiguration(), CACHED_EVENTS);
    private final List<Long> handled = new CopyOnWriteArrayList<>();
    private TrackingEventProcessor processor;

    @AfterEach
    void stop() {
        processor.shutDown();
        store.shutDown();
    }

    @Test
    void aProcessorFallenBehindTheCacheStillGetsEveryEventInOrder() throws InterruptedException {
        startSlowProcessor();
        for (int burst = 0; burst < EVENTS / 20; burst++) {
            publish(burst * 20L, 20);
            Thread.sleep(5);
        }
        assertThat(handled.size()).as("handled when the last burst was published: more than the cache behind")
                .isLessThan(EVENTS - CACHED_EVENTS);

        await().atMost(Duration.ofSeconds(20)).until(() -> handled.size() >= EVENTS);
        assertThat(handled).containsExactlyElementsOf(LongStream.range(0, EVENTS).boxed().toList());
    }

    /** A processor that takes 1 ms an event, so that bursts of 20 leave it more than the cache behind. */
    private void startSlowProcessor() {
        EventMessageHandler handler = event -> {
            handled.add((Long) event.getPayload());
            Thread.sleep(1);
            return null;
        };
        processor = TrackingEventProcessor.builder()
                .name("behind")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handler).build())
                .messageSource(store)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(10))
                .build();
        processor.start();
    }

    private void publish(long first, int count) {
        List<EventMessage<?>> events = IntStream.range(0, count)
                .<EventMessage<?>>mapToObj(i -> GenericEventMessage.asEventMessage(first + i)).toList();
        store.publish(events);
    }
}
