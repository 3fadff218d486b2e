package org.evidenceledger.query.digest;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.springboot.EventProcessorProperties;
import org.evidenceledger.platform.axon.EventStoreLocation;
import org.evidenceledger.platform.axon.LingeringEventSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * A leaf that could not be written must stop the log rather than be skipped (Axon's default only
 * logs): the batch rolls back with its token and the processor retries it. The log's tracking processor has
 * one segment and reads through a {@link LingeringEventSource}: caught up, it takes the events of several group
 * commits into one transaction (its CPU per command halved under a full command load). Configured under
 * {@code axon.eventhandling.processors.ledger-log.*}, it is left to Axon, as configured there.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerLogProcessing {

    @Bean
    public ConfigurerModule ledgerLogPropagatesErrors() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                LedgerLogAdmission.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }

    @Bean
    @Conditional(EventStoreLocation.LedgerDatabase.class)
    public ConfigurerModule ledgerLogProcessor(EventProcessorProperties axonProcessors,
                                               @Value("${ledger.ledger-log.batch-size}") int batchSize,
                                               @Value("${ledger.ledger-log.linger}") Duration linger,
                                               @Value("${ledger.processing.claim-attempt-interval}") Duration claimAttempts) {
        TrackingEventProcessorConfiguration tracking = TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                .andInitialSegmentsCount(1)
                .andBatchSize(batchSize)
                .andTokenClaimInterval(claimAttempts.toMillis(), TimeUnit.MILLISECONDS);
        return configurer -> {
            if (!axonProcessors.getProcessors().containsKey(LedgerLogAdmission.PROCESSING_GROUP)) {
                configurer.eventProcessing().registerTrackingEventProcessor(LedgerLogAdmission.PROCESSING_GROUP,
                        axon -> new LingeringEventSource(axon.eventStore(), linger), axon -> tracking);
            }
        };
    }
}
