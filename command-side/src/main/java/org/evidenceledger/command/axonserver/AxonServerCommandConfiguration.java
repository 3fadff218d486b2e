package org.evidenceledger.command.axonserver;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With Axon Server's command bus (same condition as Axon's AxonServerBusAutoConfiguration), its local
 * segment is {@link RefusalsTravelBack}, built as Axon's auto-configuration builds its own, which then
 * steps aside. The condition is on the bean, so it is judged once ledger-defaults.properties (a
 * {@code @PropertySource} of a scanned configuration) is in the environment.
 */
@Configuration(proxyBeanMethods = false)
public class AxonServerCommandConfiguration {

    @Bean
    @Qualifier("localSegment")
    @ConditionalOnProperty(name = "axon.axonserver.enabled", matchIfMissing = true)
    public SimpleCommandBus localSegment(TransactionManager transactionManager,
                                         org.axonframework.config.Configuration axonConfiguration,
                                         DuplicateCommandHandlerResolver duplicateCommandHandlerResolver) {
        SimpleCommandBus localSegment = new RefusalsTravelBack(SimpleCommandBus.builder()
                .transactionManager(transactionManager)
                .duplicateCommandHandlerResolver(duplicateCommandHandlerResolver)
                .spanFactory(axonConfiguration.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axonConfiguration.messageMonitor(CommandBus.class, "commandBus")));
        localSegment.registerHandlerInterceptor(
                new CorrelationDataInterceptor<>(axonConfiguration.correlationDataProviders()));
        return localSegment;
    }
}
