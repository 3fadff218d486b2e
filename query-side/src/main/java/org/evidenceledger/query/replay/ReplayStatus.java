package org.evidenceledger.query.replay;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

public record ReplayStatus(
        String replayId,
        ReplayState status,
        long eventsProcessed,
        long totalEvents,
        Instant startedAt,
        @Schema(nullable = true) Instant completedAt) {
}
