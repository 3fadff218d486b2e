package org.evidenceledger.query.replay;

import java.time.Instant;

public record ReplayStatus(
        String replayId,
        ReplayState status,
        long eventsProcessed,
        long totalEvents,
        Instant startedAt,
        Instant completedAt) {
}
