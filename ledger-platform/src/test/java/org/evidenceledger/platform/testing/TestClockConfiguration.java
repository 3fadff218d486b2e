package org.evidenceledger.platform.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Import into a Spring Boot test to fix the server's clock at 2026-11-24T12:00:00Z; move it with {@link MutableClock}. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    public static final String NOW = "2026-11-24T12:00:00Z";

    @Bean
    @Primary
    public MutableClock testClock() {
        return MutableClock.at(NOW);
    }
}
