package org.evidenceledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a tracking processor reading through the lingering source takes into one batch. */
class LingeringEventSourceTest {

    private static final Duration LINGER = Duration.ofSeconds(2);
    private static final int BATCH_SIZE = 100;

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    /** For each event handled, the batch (the processor's unit of work) it was handled in. */
    private final List<UnitOfWork<?>> batches = new CopyOnWriteArrayList<>();
    private TrackingEventProcessor processor;

    @AfterEach
    void stop() {
        processor.shutDown();
        store.shutDown();
    }

    @Test
    void aCaughtUpProcessorTakesTheEventsThatFollowTheFirstIntoItsBatch() throws InterruptedException {
        oneEventThenTwoMoreOnceCaughtUp(LINGER);
        assertThat(batches).as("the first event and the two that came 100 ms later").containsOnly(batches.get(0));
    }

    @Test
    void withoutLingerTheFirstEventGoesAlone() throws InterruptedException {
        oneEventThenTwoMoreOnceCaughtUp(Duration.ZERO);
        assertThat(batches.get(1)).isNotSameAs(batches.get(0));
    }

    @Test
    void aProcessorThatIsBehindDoesNotWait() {
        publish(3 * BATCH_SIZE);
        startProcessor(LINGER);

        // lingering before each of the three batches would take at least three times the linger
        await().atMost(LINGER).until(() -> batches.size() == 3 * BATCH_SIZE);
        assertThat(batches.stream().distinct()).hasSize(3);
    }

    /**
     * Starts the processor; once it has caught up, publishes one event and 100 ms later two more, and waits until
     * all three are handled.
     */
    private void oneEventThenTwoMoreOnceCaughtUp(Duration linger) throws InterruptedException {
        startProcessor(linger);
        await().until(() -> processor.isRunning() && processor.processingStatus().get(0) != null
                && processor.processingStatus().get(0).isCaughtUp());

        publish(1);
        Thread.sleep(100);
        publish(2);

        await().atMost(Duration.ofSeconds(10)).until(() -> batches.size() == 3);
    }

    private void startProcessor(Duration linger) {
        EventHandlerInvoker recordBatch = SimpleEventHandlerInvoker.builder()
                .eventHandlers((EventMessageHandler) event -> {
                    batches.add(CurrentUnitOfWork.get());
                    return null;
                })
                .build();
        processor = TrackingEventProcessor.builder()
                .name("lingering")
                .eventHandlerInvoker(recordBatch)
                .messageSource(new LingeringEventSource(store, linger))
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(BATCH_SIZE))
                .build();
        processor.start();
    }

    private void publish(int events) {
        List<EventMessage<?>> messages = IntStream.range(0, events)
                .<EventMessage<?>>mapToObj(i -> GenericEventMessage.asEventMessage("event " + i)).toList();
        store.publish(messages);
    }
}
