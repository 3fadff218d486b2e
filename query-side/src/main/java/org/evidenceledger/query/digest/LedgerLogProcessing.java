package org.evidenceledger.query.digest;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A leaf that could not be written must stop the log rather than be skipped (Axon's default only
 * logs): the batch rolls back with its token and the processor retries it.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerLogProcessing {

    @Bean
    public ConfigurerModule ledgerLogPropagatesErrors() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                LedgerLogAdmission.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }
}
