package org.evidenceledger.query.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evidenceledger.platform.audit.EventHash;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.evidenceledger.query.summary.SummaryRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-reads the whole event store and checks every stream: sequence numbers without gaps from 0,
 * each event's hash against its stored payload and metadata, and each previousHash against the
 * hash of the event before it, each hash against its leaf in the ledger's log, and that each payload reads back within what intake accepts. A stream that the read model has seen longer than it now is has
 * lost events at its end.
 */
@Component
public class Verifier {

    private final EventStoreReader reader;
    private final JsonMapper jsonMapper;
    private final JdbcClient jdbc;
    private final ReadModelSlots slots;
    private final SummaryRepository summaries;
    private final PayloadCheck payloads;

    public Verifier(EventStoreReader reader, JsonMapper jsonMapper, JdbcClient jdbc, ReadModelSlots slots,
                    SummaryRepository summaries, PayloadCheck payloads) {
        this.payloads = payloads;
        this.reader = reader;
        this.jsonMapper = jsonMapper;
        this.jdbc = jdbc;
        this.slots = slots;
        this.summaries = summaries;
    }

    public VerificationReport verify() {
        Map<String, Long> seenByReadModel = summaries.currentVersions(slots.active());
        StreamCheck check = new StreamCheck(seenByReadModel);
        reader.forEachInStreamOrder(check::accept);
        check.finish();
        seenByReadModel.forEach((partnershipId, version) -> check.violations.add(new Violation(partnershipId, 0,
                "the stream is missing from the event store, though the read model saw version " + version)));
        jdbc.sql("SELECT l.aggregate_identifier, l.sequence_number, l.leaf_index FROM ledger_leaf l"
                        + " LEFT JOIN domain_event_entry e ON e.event_identifier = l.event_identifier"
                        + " WHERE e.event_identifier IS NULL ORDER BY l.leaf_index")
                .query(rs -> {
                    check.violations.add(new Violation(rs.getString(1), rs.getLong(2), "leaf " + rs.getLong(3)
                            + " of the ledger's log holds this event, but the event store no longer does: it was removed"));
                });
        return new VerificationReport(check.streams, check.events, check.violations.isEmpty(), check.violations);
    }

    private final class StreamCheck {

        private final Map<String, Long> seenByReadModel;
        private final List<Violation> violations = new ArrayList<>();
        private long streams;
        private long events;
        private String aggregate;
        private long expectedSequence;
        private String previousHash;

        StreamCheck(Map<String, Long> seenByReadModel) {
            this.seenByReadModel = seenByReadModel;
        }

        void accept(StoredEvent event) {
            if (!event.aggregateIdentifier().equals(aggregate)) {
                finish();
                aggregate = event.aggregateIdentifier();
                expectedSequence = 0;
                previousHash = null;
                streams++;
            }
            events++;
            long sequence = event.sequenceNumber();
            if (sequence != expectedSequence) {
                violation(sequence, "expected sequence number " + expectedSequence + ": events are missing before this one");
            }
            Map<String, Object> metaData = StoredMetaData.read(jsonMapper, event.metaData());
            String storedHash = StoredMetaData.text(metaData, EventHash.HASH);
            String storedPrevious = StoredMetaData.text(metaData, EventHash.PREVIOUS_HASH);
            if (storedHash == null) {
                violation(sequence, "the event carries no hash");
            } else {
                String recomputed = EventHash.of(event.eventIdentifier(), event.aggregateIdentifier(), sequence,
                        event.payloadType(), event.payloadRevision(), storedPrevious, metaData, event.payload());
                if (!recomputed.equals(storedHash)) {
                    violation(sequence, "the hash does not match the stored payload and metadata: the event was altered");
                }
                if (event.leafHash() != null && !event.leafHash().equals(storedHash)) {
                    violation(sequence, "the hash differs from the one leaf " + event.leafIndex()
                            + " of the ledger's log admitted: the event was rewritten after admission");
                }
            }
            if (sequence > 0 && !Objects.equals(storedPrevious, previousHash)) {
                violation(sequence, "previousHash does not match the hash of the event before it: events were removed, reordered or altered");
            }
            payloads.problem(event).ifPresent(problem -> violation(sequence, problem));
            previousHash = storedHash;
            expectedSequence = sequence + 1;
        }

        void finish() {
            if (aggregate == null) {
                return;
            }
            Long seen = seenByReadModel.remove(aggregate);
            if (seen != null && seen >= expectedSequence) {
                violation(expectedSequence, "the stream ends at sequence number " + (expectedSequence - 1)
                        + " but the read model saw version " + seen + ": events were removed from its end");
            }
        }

        private void violation(long sequence, String reason) {
            violations.add(new Violation(aggregate, sequence, reason));
        }
    }
}
