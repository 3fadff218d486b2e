package org.evidenceledger.query.replay;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.springboot.EventProcessorProperties;
import org.evidenceledger.query.projection.PartnershipProjection;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The slots' tracking processors, which Axon does not start: {@link ReplayService#keepOnlyActiveSlotProjecting}
 * starts the active slot's once the application is ready, and a replay starts the slot it rebuilds. Started by
 * Axon, the inactive slot's processor was stopped again at once, and Axon 4.13's tracking processor, stopped
 * while its launcher hands the segment to its own thread, frees the segment but not the thread it counted for
 * it: started again by the next replay it claimed nothing, and that replay stayed RUNNING for ever (seen with a
 * replay asked for within seconds of a start). A slot given {@code axon.eventhandling.processors.<name>.*} is
 * left to Axon, as configured there.
 * <p>
 * One segment a slot, so one writer: each event read-modifies-writes the standing figures of the whole ledger and
 * of its organizations ({@code FigureKeeper}), and two segments projecting at once collided on them. Measured
 * with two segments and two threads under 20 s of commands: an announcement parked on a duplicate key of
 * {@code waiting_day}, health DEGRADED. Several query processes still share a slot: one holds its claim and
 * projects, the others answer queries and take the claim over when it lapses.
 */
@Configuration(proxyBeanMethods = false)
class SlotProcessorConfiguration {

    @Bean
    ConfigurerModule slotProcessorsStartedOnRequest(EventProcessorProperties axonProcessors,
                                                    @Value("${ledger.projection.batch-size}") int batchSize,
                                                    @Value("${ledger.processing.claim-attempt-interval}") Duration claimAttempts) {
        TrackingEventProcessorConfiguration tracking = TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                .andInitialSegmentsCount(1)
                .andBatchSize(batchSize)
                .andAutoStart(false)
                .andTokenClaimInterval(claimAttempts.toMillis(), TimeUnit.MILLISECONDS);
        return configurer -> {
            for (ReadModelSlot slot : ReadModelSlot.values()) {
                String name = PartnershipProjection.processingGroupOf(slot);
                if (!axonProcessors.getProcessors().containsKey(name)) {
                    configurer.eventProcessing().registerTrackingEventProcessor(name, axon -> axon.eventStore(),
                            axon -> tracking);
                }
            }
        };
    }
}
