package org.evidenceledger.query.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.evidenceledger.query.projection.PartnershipProjection;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.evidenceledger.query.testing.QueryApi;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Only the active slot's processor ever starts: the inactive one, started by Axon and stopped again at once,
 * could be left unable to claim its segment (Axon 4.13), and the next replay into its slot then never ended.
 */
@TestPropertySource(properties = "ledger.test.purpose=slot-processor-start")
@DirtiesContext
class SlotProcessorStartTest extends QuerySideHttpTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private TokenStore tokenStore;

    @Autowired
    private ReadModelSlots slots;

    @Test
    void givenAFreshStart_thenTheInactiveSlotsProcessorNeverRan_andAReplayRightAwayCompletes() throws Exception {
        ReadModelSlot inactive = slots.active().other();
        String inactiveProcessor = PartnershipProjection.processingGroupOf(inactive);

        assertThat(tokenStore.fetchSegments(inactiveProcessor))
                .as("a processor that ever started has initialized its segments in the token store")
                .isEmpty();
        assertThat(processing.eventProcessor(inactiveProcessor, StreamingEventProcessor.class).orElseThrow().isRunning())
                .isFalse();

        ledger.record("2026-11-20T09:00:00Z", announced("slot-start-1", "2026-11-20"));
        api.awaitVersion("slot-start-1", 0);
        QueryApi.Answer started = api.post("/api/audit/replays", QueryApi.AUDIT);
        assertThat(started.status()).isEqualTo(202);
        assertThat(api.awaitReplayEnd(started.json().get("replayId").asString()).get("status").asString())
                .isEqualTo("COMPLETED");
        assertThat(slots.active()).isEqualTo(inactive);
    }
}
