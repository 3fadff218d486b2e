package org.evidenceledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Commands wait for a read side that is catching up, never for one that is not moving. */
class ReadSideFirstTest {

    @Test
    void givenTheReadSideCatchingUp_thenTheTurnComesOnlyOnceItIsCloseEnough() throws Exception {
        AtomicLong behind = new AtomicLong(500);
        ReadSideFirst readSide = new ReadSideFirst(() -> behind.addAndGet(-10), 32, Duration.ofSeconds(30));

        readSide.awaitTurn();

        assertThat(behind.get()).as("events behind when the turn came").isLessThanOrEqualTo(32);
    }

    @Test
    void givenAReadSideThatDoesNotMove_thenTheTurnComesAtOnceAfterAMoment() throws Exception {
        ReadSideFirst readSide = new ReadSideFirst(() -> 500, 32, Duration.ofSeconds(30));

        long started = System.nanoTime();
        CompletableFuture.runAsync(readSide::awaitTurn).get(5, TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void givenTheReadSideCloseEnough_thenNoWait() {
        AtomicLong asked = new AtomicLong();
        ReadSideFirst readSide = new ReadSideFirst(() -> {
            asked.incrementAndGet();
            return 3;
        }, 32, Duration.ofSeconds(30));

        readSide.awaitTurn();

        assertThat(asked.get()).isEqualTo(1);
    }

    @Test
    void givenAReadSideSlowerThanTheLongestWait_thenTheTurnComesAfterIt() {
        AtomicLong behind = new AtomicLong(1_000_000);
        ReadSideFirst readSide = new ReadSideFirst(() -> behind.decrementAndGet(), 32, Duration.ofMillis(200));

        long started = System.nanoTime();
        readSide.awaitTurn();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(200), Duration.ofSeconds(2));
        assertThat(behind.get()).isGreaterThan(32);
    }
}
