package org.evidenceledger.command.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class CommandSideConfiguration {

    /** Without it every command replays the partnership's whole stream (STACK.md: 58/s on a busy one). */
    @Bean
    public Cache partnershipCache() {
        return new WeakReferenceCache();
    }
}
