package org.evidenceledger.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** Defaults every deployable shares; application properties and the environment override them. */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:ledger-defaults.properties")
public class PlatformConfiguration {
}
