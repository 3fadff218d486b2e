package org.evidenceledger.query.replay;

import java.lang.management.ManagementFactory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class ReplayRepository {

    /** Longer than any pause between two heartbeats of a live replay (one a second). */
    static final Duration SILENCE = Duration.ofSeconds(15);
    private static final String READ_MODEL = "partnerships";
    /** This process as the owner of a replay: the JVM's "pid@host", as Axon names the owner of a claim. */
    private static final String THIS_PROCESS = ManagementFactory.getRuntimeMXBean().getName();

    private final JdbcClient jdbc;

    public ReplayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the one replay lock of the read models and records the replay as RUNNING in this process; fails
     * with a duplicate key, changing nothing, while another replay (of any process) holds the lock.
     */
    @Transactional
    public void start(String replayId, ReadModelSlot targetSlot, long totalEvents, Instant startedAt) {
        jdbc.sql("INSERT INTO replay_lock (read_model, replay_id) VALUES (?, ?)").params(READ_MODEL, replayId).update();
        jdbc.sql("""
                        INSERT INTO read_model_replay
                            (replay_id, status, target_slot, events_processed, total_events, started_at, owner, heartbeat_at)
                        VALUES (?, ?, ?, 0, ?, ?, ?, ?)""")
                .params(replayId, ReplayState.RUNNING.name(), targetSlot.value(), totalEvents,
                        startedAt.atOffset(ZoneOffset.UTC), THIS_PROCESS, startedAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Also the heartbeat that tells other processes this replay's process is alive. */
    public void progress(String replayId, long eventsProcessed, long totalEvents, Instant now) {
        jdbc.sql("UPDATE read_model_replay SET events_processed = ?, total_events = ?, heartbeat_at = ? WHERE replay_id = ?")
                .params(eventsProcessed, totalEvents, now.atOffset(ZoneOffset.UTC), replayId)
                .update();
    }

    @Transactional
    public void finish(String replayId, ReplayState state, Instant completedAt, String failure) {
        jdbc.sql("UPDATE read_model_replay SET status = ?, completed_at = ?, failure = ? WHERE replay_id = ?")
                .params(state.name(), completedAt.atOffset(ZoneOffset.UTC), failure, replayId)
                .update();
        jdbc.sql("DELETE FROM replay_lock WHERE replay_id = ?").param(replayId).update();
    }

    /**
     * Replays RUNNING without a heartbeat for {@link #SILENCE}: their process stopped, they will not finish,
     * so they are marked failed and give up the lock.
     */
    @Transactional
    public int abandonSilent(Instant now) {
        return abandon(" AND (heartbeat_at IS NULL OR heartbeat_at < ?)", now, now.minus(SILENCE));
    }

    /**
     * Every replay RUNNING, heartbeat or not: for a process that alone can use its database (the embedded
     * default), whatever another process started there, that process has stopped.
     */
    @Transactional
    public int abandonAll(Instant now) {
        return abandon("", now, null);
    }

    private int abandon(String condition, Instant now, Instant silentSince) {
        JdbcClient.StatementSpec update = jdbc.sql("UPDATE read_model_replay SET status = ?, completed_at = ?, failure = ?"
                        + " WHERE status = ?" + condition)
                .params(ReplayState.FAILED.name(), now.atOffset(ZoneOffset.UTC), "the process running it stopped",
                        ReplayState.RUNNING.name());
        if (silentSince != null) {
            update = update.param(silentSince.atOffset(ZoneOffset.UTC));
        }
        int abandoned = update.update();
        jdbc.sql("""
                        DELETE FROM replay_lock WHERE replay_id NOT IN
                            (SELECT replay_id FROM read_model_replay WHERE status = ?)""")
                .param(ReplayState.RUNNING.name())
                .update();
        return abandoned;
    }

    /** The slot a replay running in another process rebuilds, if one runs. */
    public Optional<ReadModelSlot> slotRebuiltElsewhere() {
        return jdbc.sql("SELECT target_slot FROM read_model_replay WHERE status = ? AND owner <> ?")
                .params(ReplayState.RUNNING.name(), THIS_PROCESS)
                .query(String.class)
                .list()
                .stream()
                .map(ReadModelSlot::of)
                .findFirst();
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
                .list()
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
