package org.evidenceledger.command.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.evidenceledger.command.partnership.Accepted;
import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.PartnershipId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Answers kept per account and Idempotency-Key in the service's database, so a retry is answered
 * alike after a restart and by any command process. The insert joins the command's transaction.
 */
@Repository
public class IdempotencyStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    public IdempotencyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<StoredAnswer> find(String account, String key) {
        return jdbc.sql("""
                        SELECT request_hash, partnership_id, entry_id, version, location
                        FROM idempotency_record WHERE account = ? AND idempotency_key = ?""")
                .params(account, key)
                .query((rs, row) -> new StoredAnswer(rs.getString("request_hash"),
                        accepted(rs.getString("partnership_id"), rs.getString("entry_id"), rs.getLong("version")),
                        rs.getString("location")))
                .optional();
    }

    private static Accepted accepted(String partnershipId, String entryId, long version) {
        return new Accepted(new PartnershipId(partnershipId), entryId == null ? null : new EntryId(entryId), version);
    }

    /** Fails with a duplicate-key error when the key was taken meanwhile; the command then rolls back. */
    public void remember(String account, String key, StoredAnswer answer) {
        jdbc.sql("""
                        INSERT INTO idempotency_record
                            (account, idempotency_key, request_hash, partnership_id, entry_id, version, location, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(account, key, answer.requestHash(), answer.accepted().partnershipId().value(),
                        answer.accepted().entryId() == null ? null : answer.accepted().entryId().value(),
                        answer.accepted().version(), answer.location(),
                        Timestamp.from(clock.instant()))
                .update();
    }
}
