package org.evidenceledger.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's clock, in UTC; tests replace the bean to fix "today". {@code ledger.clock.start}
 * (an ISO instant) starts it at that instant, from where it runs on: for demonstrations and outside
 * checks that replay a dated example, never for a ledger of record.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    public Clock clock(@Value("${ledger.clock.start:}") String start) {
        Clock system = Clock.systemUTC();
        if (start.isBlank()) {
            return system;
        }
        Instant startAt = Instant.parse(start.strip());
        log.warn("The server's clock starts at {} (ledger.clock.start), not at the real time: recordedAt and "
                + "\"today\" follow it. Do not use this for a ledger of record.", startAt);
        return Clock.offset(system, Duration.between(system.instant(), startAt));
    }
}
