package org.evidenceledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.evidenceledger.events.PartnershipId;
import org.junit.jupiter.api.Test;

/** Commands beyond the configured number wait their turn; each one is handled, none is refused. */
class CommandConcurrencyTest {

    @Test
    void givenMoreCommandsThanPermits_thenAtMostThatManyRunAtOnceAndAllAreHandled() throws Exception {
        CommandConcurrency concurrency = new CommandConcurrency(3, new ReadSideFirst(() -> 0, 32, Duration.ofMillis(100)));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int command = i;
                answers.add(clients.submit(() -> concurrency.handle(new PartnershipId("p-" + command), () -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(5);
                    running.decrementAndGet();
                    return command;
                })));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).isEqualTo(i);
            }
        } finally {
            clients.shutdown();
        }
        assertThat(most.get()).as("commands handled at once").isEqualTo(3);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
