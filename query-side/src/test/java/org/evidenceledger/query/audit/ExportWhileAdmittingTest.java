package org.evidenceledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;
import static org.evidenceledger.query.testing.Events.benchmark;
import static org.evidenceledger.query.testing.Events.validation;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.evidenceledger.query.digest.LedgerLogAdmission;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The export lists every event exactly once, also those the ledger's log admits while the export reads:
 * they were not admitted when the admitted part was read, and are admitted when the rest is.
 */
class ExportWhileAdmittingTest extends QuerySideHttpTest {

    @Autowired
    private EventStoreReader reader;

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void givenEventsAdmittedWhileTheExportReads_thenEachIsExportedOnce() {
        String id = "export-while-admitting";
        ledger.record("2026-06-04T09:00:00Z", announced(id, "2026-06-04"));
        api.awaitAdmitted(id, 0);
        StreamingEventProcessor log = processing
                .eventProcessor(LedgerLogAdmission.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        log.shutDown();
        try {
            ledger.record("2026-07-01T09:00:00Z", benchmark(id, "bench-1", "2026-07-01"));
            ledger.record("2026-08-01T09:00:00Z", validation(id, "validation-1", "2026-08-01"));
            List<Long> exported = new ArrayList<>();

            reader.forEachInLeafOrder(event -> {
                if (!event.aggregateIdentifier().equals(id)) {
                    return;
                }
                exported.add(event.sequenceNumber());
                if (event.sequenceNumber() == 0) {
                    log.start();
                    api.awaitAdmitted(id, 2);
                }
            });

            assertThat(exported).containsExactly(0L, 1L, 2L);
        } finally {
            if (!log.isRunning()) {
                log.start();
            }
        }
    }
}
