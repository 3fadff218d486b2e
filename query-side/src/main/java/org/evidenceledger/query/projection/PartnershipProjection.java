package org.evidenceledger.query.projection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.evidenceledger.events.DeploymentTimelineAnnounced;
import org.evidenceledger.events.EntryRetracted;
import org.evidenceledger.events.PartnershipAnnounced;
import org.evidenceledger.events.PartnershipEvent;
import org.evidenceledger.events.Party;
import org.evidenceledger.platform.axon.RecordingMetadata;
import org.evidenceledger.query.figures.FigureKeeper;
import org.evidenceledger.query.lineage.LinkRepository;
import org.evidenceledger.query.organizations.PartyRepository;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.evidenceledger.query.stream.WatchPartnerships;
import org.evidenceledger.query.summary.Summary;
import org.evidenceledger.query.summary.SummaryRepository;
import org.evidenceledger.query.summary.SummaryRow;
import org.evidenceledger.query.timeline.TimelineRepository;
import org.evidenceledger.query.timeline.TimelineRow;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a partnership's timeline entry, its organizations, a new version of its summary and of the
 * figures it counts in, in
 * the processor's transaction together with the token. One instance per read-model slot.
 */
public abstract class PartnershipProjection {

    private static final String ACTIVE_SLOT = PartnershipProjection.class.getName() + ".activeSlot";

    private final ReadModelSlot slot;
    private final TimelineRepository timelines;
    private final SummaryRepository summaries;
    private final PartyRepository parties;
    private final LinkRepository links;
    private final FigureKeeper figures;
    private final ReadModelSlots slots;
    private final QueryUpdateEmitter updates;
    private final JsonMapper jsonMapper;
    private final Clock clock;
    private final TransactionTemplate savepoint;

    protected PartnershipProjection(ReadModelSlot slot, ProjectionStores stores) {
        this.slot = slot;
        this.timelines = stores.timelines();
        this.summaries = stores.summaries();
        this.parties = stores.parties();
        this.links = stores.links();
        this.figures = stores.figures();
        this.slots = stores.slots();
        this.updates = stores.updates();
        this.jsonMapper = stores.jsonMapper();
        this.clock = stores.clock();
        this.savepoint = new TransactionTemplate(stores.transactionManager());
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public ReadModelSlot slot() {
        return slot;
    }

    /** The processing group, and so the event processor, that keeps the given slot. */
    public static String processingGroupOf(ReadModelSlot slot) {
        return switch (slot) {
            case A -> PartnershipProjectionA.PROCESSING_GROUP;
            case B -> PartnershipProjectionB.PROCESSING_GROUP;
        };
    }

    /**
     * In a savepoint of the processor's transaction: an event that fails leaves none of its rows
     * behind when the dead-letter queue parks it and the batch goes on.
     */
    @EventHandler
    public void on(PartnershipEvent event, @SequenceNumber Long sequenceNumber, @Timestamp Instant timestamp,
                   MetaData metaData) {
        savepoint.executeWithoutResult(status -> project(event, sequenceNumber, timestamp, metaData));
    }

    private void project(PartnershipEvent event, long sequenceNumber, Instant timestamp, MetaData metaData) {
        String partnershipId = event.partnershipId().value();
        Optional<SummaryRow> current = summaries.current(slot, partnershipId);
        if (current.isPresent() && current.get().version() >= sequenceNumber) {
            return;
        }
        Instant recordedAt = recordedAt(metaData, timestamp);
        timelines.insert(slot, new TimelineRow(partnershipId, event.entryId().value(), sequenceNumber,
                event.entryType(), event.occurredOn(), targetDate(event), recordedAt, recordedBy(metaData),
                ReadableText.of(event.source()), details(event), null, null, null));
        if (event instanceof EntryRetracted retraction) {
            timelines.markRetracted(slot, partnershipId, retraction.retractedEntryId().value(), recordedAt,
                    retraction.entryId().value(), ReadableText.of(retraction.reason()));
        }
        SummaryRow next;
        if (event instanceof PartnershipAnnounced announced) {
            List<Party> readableParties = ReadableText.of(announced.parties());
            parties.insert(slot, partnershipId, readableParties);
            links.insert(slot, partnershipId, announced.buildsOn(), recordedAt);
            next = SummaryCalculator.summarize(partnershipId, sequenceNumber, ReadableText.of(announced.title()), readableParties,
                    announced.announcedOn(), timelines.find(slot, partnershipId, null));
        } else {
            SummaryRow previous = current.orElseThrow(() -> new IllegalStateException(
                    "event " + sequenceNumber + " of " + partnershipId + " before its announcement"));
            next = SummaryCalculator.incremental(event.entryType())
                    ? SummaryCalculator.next(previous, sequenceNumber, event.entryType(), event.occurredOn())
                    : SummaryCalculator.summarize(partnershipId, sequenceNumber, previous.title(), previous.parties(),
                            previous.announcedOn(), timelines.find(slot, partnershipId, null));
        }
        summaries.append(slot, next, current.map(SummaryRow::version).orElse(null), recordedAt);
        figures.apply(slot, current.orElse(null), next, recordedAt);
        if (slot == activeSlot()) {
            Summary summary = Summary.of(next, LocalDate.now(clock));
            updates.emit(WatchPartnerships.class, query -> true, summary);
        }
    }

    /** Which slot queries read, asked once per batch of events (the processor's unit of work), not per event. */
    private ReadModelSlot activeSlot() {
        if (!CurrentUnitOfWork.isStarted()) {
            return slots.active();
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(ACTIVE_SLOT, key -> slots.active());
    }

    /**
     * Truncated to the microseconds the read-model columns hold: left to the database, an instant in
     * the last half microsecond of a day would be rounded into the next day and drop out of "as of" it.
     */
    private static Instant recordedAt(MetaData metaData, Instant timestamp) {
        Object value = metaData.get(RecordingMetadata.RECORDED_AT);
        Instant recordedAt = value == null ? timestamp : Instant.parse(value.toString());
        return recordedAt.truncatedTo(ChronoUnit.MICROS);
    }

    private static String recordedBy(MetaData metaData) {
        Object value = metaData.get(RecordingMetadata.RECORDED_BY);
        return value == null ? "unknown" : ReadableText.of(value.toString());
    }

    private static LocalDate targetDate(PartnershipEvent event) {
        return event instanceof DeploymentTimelineAnnounced timeline ? timeline.targetDate() : null;
    }

    /** The entry's own fields: the event without the ids and the source, which the entry shows apart. */
    private String details(PartnershipEvent event) {
        ObjectNode details = jsonMapper.valueToTree(event);
        details.remove("partnershipId");
        details.remove("entryId");
        details.remove("source");
        return jsonMapper.writeValueAsString(ReadableText.of(details));
    }
}
