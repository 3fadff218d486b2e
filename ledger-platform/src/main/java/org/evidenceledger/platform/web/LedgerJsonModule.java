package org.evidenceledger.platform.web;

import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.PartnershipId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** The HTTP API writes typed ids as the plain slugs clients know. */
@Configuration(proxyBeanMethods = false)
public class LedgerJsonModule {

    @Bean
    public JacksonModule ledgerIdsModule() {
        return new SimpleModule("ledger-ids")
                .addSerializer(PartnershipId.class, ToStringSerializer.instance)
                .addSerializer(EntryId.class, ToStringSerializer.instance);
    }
}
