package org.evidenceledger.platform.axon;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Copies who and when from each command onto the events it causes. Declaring any provider turns
 * Axon's default off, so the origin provider (correlation id) is declared here as well.
 */
@Configuration(proxyBeanMethods = false)
public class CorrelationConfiguration {

    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    public CorrelationDataProvider recordingDataProvider() {
        return new SimpleCorrelationDataProvider(RecordingMetadata.RECORDED_BY, RecordingMetadata.RECORDED_AT);
    }
}
