package org.evidenceledger.query.replay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReplayRepository {

    private final JdbcClient jdbc;

    public ReplayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String replayId, String targetSlot, long totalEvents, Instant startedAt) {
        jdbc.sql("""
                        INSERT INTO read_model_replay (replay_id, status, target_slot, events_processed, total_events, started_at)
                        VALUES (?, ?, ?, 0, ?, ?)""")
                .params(replayId, ReplayState.RUNNING.name(), targetSlot, totalEvents, startedAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    public void progress(String replayId, long eventsProcessed, long totalEvents) {
        jdbc.sql("UPDATE read_model_replay SET events_processed = ?, total_events = ? WHERE replay_id = ?")
                .params(eventsProcessed, totalEvents, replayId)
                .update();
    }

    public void finish(String replayId, ReplayState state, Instant completedAt, String failure) {
        jdbc.sql("UPDATE read_model_replay SET status = ?, completed_at = ?, failure = ? WHERE replay_id = ?")
                .params(state.name(), completedAt.atOffset(ZoneOffset.UTC), failure, replayId)
                .update();
    }

    /** Replays left RUNNING by a process that stopped: they will not finish, so they are marked failed. */
    public int abandonRunning(Instant now) {
        return jdbc.sql("UPDATE read_model_replay SET status = ?, completed_at = ?, failure = ? WHERE status = ?")
                .params(ReplayState.FAILED.name(), now.atOffset(ZoneOffset.UTC), "the process running it stopped",
                        ReplayState.RUNNING.name())
                .update();
    }

    public Optional<ReplayStatus> find(String replayId) {
        return jdbc.sql("SELECT * FROM read_model_replay WHERE replay_id = ?")
                .param(replayId)
                .query(ReplayRepository::row)
                .optional();
    }

    public Optional<ReplayStatus> running() {
        return jdbc.sql("SELECT * FROM read_model_replay WHERE status = ? ORDER BY started_at DESC")
                .param(ReplayState.RUNNING.name())
                .query(ReplayRepository::row)
                .stream()
                .findFirst();
    }

    private static ReplayStatus row(ResultSet rs, int rowNum) throws SQLException {
        OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
        return new ReplayStatus(rs.getString("replay_id"), ReplayState.valueOf(rs.getString("status")),
                rs.getLong("events_processed"), rs.getLong("total_events"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                completed == null ? null : completed.toInstant());
    }
}
