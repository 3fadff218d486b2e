package org.evidenceledger.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClockConfigurationTest {

    @Test
    void givenNoStart_thenTheServerClockIsTheRealTimeInUtc() {
        Clock clock = new ClockConfiguration().clock("");

        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void givenAStart_thenTheClockStartsThereAndRunsOn() throws InterruptedException {
        Clock clock = new ClockConfiguration().clock("2026-11-24T12:00:00Z");

        Instant first = clock.instant();
        Thread.sleep(20);
        Instant later = clock.instant();

        assertThat(Duration.between(Instant.parse("2026-11-24T12:00:00Z"), first).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(later).isAfter(first);
    }
}
