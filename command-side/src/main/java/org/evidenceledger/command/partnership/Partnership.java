package org.evidenceledger.command.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.evidenceledger.command.announceavailability.AnnounceAvailability;
import org.evidenceledger.command.announcedeploymenttimeline.AnnounceDeploymentTimeline;
import org.evidenceledger.command.announcepartnership.AnnouncePartnership;
import org.evidenceledger.command.announcepartnership.AnnouncePartnershipHandler;
import org.evidenceledger.command.concludepartnership.ConcludePartnership;
import org.evidenceledger.command.deployclinically.DeployClinically;
import org.evidenceledger.command.publishbenchmark.PublishBenchmark;
import org.evidenceledger.command.recordindependentvalidation.RecordIndependentValidation;
import org.evidenceledger.command.reportoutcomedata.ReportOutcomeData;
import org.evidenceledger.command.retractentry.RetractEntry;
import org.evidenceledger.events.AvailabilityAnnounced;
import org.evidenceledger.events.BenchmarkPublished;
import org.evidenceledger.events.ClinicallyDeployed;
import org.evidenceledger.events.DeploymentTimelineAnnounced;
import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.EntryRetracted;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.events.IndependentValidationRecorded;
import org.evidenceledger.events.OutcomeDataReported;
import org.evidenceledger.events.PartnershipAnnounced;
import org.evidenceledger.events.PartnershipConcluded;
import org.evidenceledger.events.PartnershipEvent;
import org.evidenceledger.events.PartnershipId;

/**
 * A healthcare-AI partnership and the evidence recorded for it. Command handlers check one named
 * rule at a time and apply; event-sourcing handlers only assign the state those rules need.
 */
@Aggregate(cache = "partnershipCache")
public class Partnership {

    @AggregateIdentifier
    private PartnershipId partnershipId;
    private LocalDate announcedOn;
    private boolean concluded;
    private long version;
    private final Map<EntryId, RecordedEntry> entries = new HashMap<>();

    protected Partnership() {
    }

    /** Announcing creates the partnership; {@link AnnouncePartnershipHandler} invokes it through the repository. */
    public Partnership(AnnouncePartnership command, RecordedPartnerships recorded) {
        assertNotYetRecorded(command.partnershipId(), recorded);
        assertBuildsOnRecorded(command, recorded);
        apply(new PartnershipAnnounced(command.partnershipId(), command.title(), command.parties(),
                command.announcedOn(), command.source(), command.modelName(), command.dataBasis(),
                command.intendedUses(), command.buildsOn()));
    }

    @CommandHandler
    public Recorded handle(PublishBenchmark command) {
        assertCanRecord(command);
        assertNotBeforeAnnouncement("publishedOn", command.publishedOn());
        return record(new BenchmarkPublished(command.partnershipId(), command.entryId(), command.metric(),
                command.value(), command.unit(), command.publishedOn(), command.source(), command.dataset(),
                command.comparator(), command.independent(), command.peerReviewed(), command.sampleSize(),
                command.measure()));
    }

    @CommandHandler
    public Recorded handle(RecordIndependentValidation command) {
        assertCanRecord(command);
        assertNotBeforeAnnouncement("publishedOn", command.publishedOn());
        return record(new IndependentValidationRecorded(command.partnershipId(), command.entryId(),
                command.validator(), command.studyDesign(), command.summary(), command.publishedOn(),
                command.source()));
    }

    @CommandHandler
    public Recorded handle(AnnounceDeploymentTimeline command) {
        assertCanRecord(command);
        assertNotBeforeAnnouncement("announcedOn", command.announcedOn());
        assertNotBeforeAnnouncement("targetDate", command.targetDate());
        return record(new DeploymentTimelineAnnounced(command.partnershipId(), command.entryId(),
                command.targetDate(), command.scope(), command.announcedOn(), command.source()));
    }

    @CommandHandler
    public Recorded handle(DeployClinically command) {
        assertCanRecord(command);
        assertNotBeforeAnnouncement("deployedOn", command.deployedOn());
        return record(new ClinicallyDeployed(command.partnershipId(), command.entryId(), command.site(),
                command.scope(), command.deployedOn(), command.source()));
    }

    @CommandHandler
    public Recorded handle(ReportOutcomeData command) {
        assertCanRecord(command);
        assertNotBeforeAnnouncement("reportedOn", command.reportedOn());
        assertClinicalDeploymentOnOrBefore(command.reportedOn());
        return record(new OutcomeDataReported(command.partnershipId(), command.entryId(), command.measure(),
                command.value(), command.unit(), command.reportedOn(), command.source(), command.baseline(),
                command.population()));
    }

    @CommandHandler
    public Recorded handle(AnnounceAvailability command) {
        assertCanRecord(command);
        assertNotBeforeAnnouncement("announcedOn", command.announcedOn());
        assertNotBeforeAnnouncement("availableOn", command.availableOn());
        return record(new AvailabilityAnnounced(command.partnershipId(), command.entryId(), command.channel(),
                command.availableOn(), command.announcedOn(), command.source()));
    }

    @CommandHandler
    public Recorded handle(RetractEntry command) {
        assertVersionMatches(command.expectedVersion());
        assertNewEntryId(command.entryId());
        assertRetractable(command.retractedEntryId());
        return record(new EntryRetracted(command.partnershipId(), command.entryId(), command.retractedEntryId(),
                command.reason(), command.retractedOn()));
    }

    @CommandHandler
    public Recorded handle(ConcludePartnership command) {
        assertCanRecord(command);
        assertNotBeforeAnnouncement("concludedOn", command.concludedOn());
        return record(new PartnershipConcluded(command.partnershipId(), command.entryId(), command.concludedOn(),
                command.reason()));
    }

    private Recorded record(PartnershipEvent event) {
        apply(event);
        return new Recorded(partnershipId.value(), event.entryId().value(), version);
    }

    private void assertCanRecord(PartnershipCommand command) {
        assertVersionMatches(command.expectedVersion());
        assertNotConcluded();
        assertNewEntryId(command.entryId());
    }

    private static void assertNotYetRecorded(PartnershipId id, RecordedPartnerships recorded) {
        if (recorded.isRecorded(id)) {
            throw new RuleViolation(ErrorCode.DUPLICATE_PARTNERSHIP, "Partnership '" + id + "' is already recorded.");
        }
    }

    private static void assertBuildsOnRecorded(AnnouncePartnership command, RecordedPartnerships recorded) {
        for (PartnershipId earlier : command.buildsOn()) {
            if (earlier.equals(command.partnershipId()) || !recorded.isRecorded(earlier)) {
                throw new RuleViolation(ErrorCode.UNKNOWN_BUILDS_ON,
                        "buildsOn names '" + earlier + "', which is not a recorded partnership.");
            }
        }
    }

    private void assertVersionMatches(Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != version) {
            throw new RuleViolation(ErrorCode.VERSION_MISMATCH,
                    "Partnership '" + partnershipId + "' is at version " + version + ", not " + expectedVersion + ".");
        }
    }

    private void assertNotConcluded() {
        if (concluded) {
            throw new RuleViolation(ErrorCode.PARTNERSHIP_CONCLUDED,
                    "Partnership '" + partnershipId + "' is concluded; it takes only retractions.");
        }
    }

    private void assertNewEntryId(EntryId entryId) {
        if (entries.containsKey(entryId)) {
            throw new RuleViolation(ErrorCode.DUPLICATE_ENTRY,
                    "Partnership '" + partnershipId + "' already has an entry '" + entryId + "'.");
        }
    }

    private void assertNotBeforeAnnouncement(String field, LocalDate date) {
        if (date != null && date.isBefore(announcedOn)) {
            throw new RuleViolation(ErrorCode.DATE_BEFORE_ANNOUNCEMENT,
                    field + " " + date + " is before the announcement on " + announcedOn + ".");
        }
    }

    private void assertClinicalDeploymentOnOrBefore(LocalDate reportedOn) {
        boolean deployed = entries.values().stream()
                .anyMatch(entry -> entry.isActive(EntryType.CLINICAL_DEPLOYMENT) && !entry.occurredOn().isAfter(reportedOn));
        if (!deployed) {
            throw new RuleViolation(ErrorCode.OUTCOME_WITHOUT_DEPLOYMENT,
                    "Outcome data needs a clinical deployment on record dated on or before " + reportedOn + ".");
        }
    }

    private void assertRetractable(EntryId entryId) {
        RecordedEntry entry = entries.get(entryId);
        if (entry == null) {
            throw new RuleViolation(ErrorCode.UNKNOWN_ENTRY,
                    "Partnership '" + partnershipId + "' has no entry '" + entryId + "'.");
        }
        if (entry.type() == EntryType.ANNOUNCEMENT || entry.type() == EntryType.RETRACTION) {
            throw new RuleViolation(ErrorCode.ENTRY_NOT_RETRACTABLE,
                    "Entry '" + entryId + "' is " + (entry.type() == EntryType.ANNOUNCEMENT
                            ? "the announcement, which cannot be retracted." : "a retraction, which cannot be retracted."));
        }
        if (entry.retracted()) {
            throw new RuleViolation(ErrorCode.ENTRY_ALREADY_RETRACTED, "Entry '" + entryId + "' is already retracted.");
        }
    }

    @EventSourcingHandler
    void on(PartnershipAnnounced event, @SequenceNumber long sequenceNumber) {
        partnershipId = event.partnershipId();
        announcedOn = event.announcedOn();
        entries.put(event.entryId(), new RecordedEntry(EntryType.ANNOUNCEMENT, event.occurredOn(), false));
        version = sequenceNumber;
    }

    @EventSourcingHandler
    void on(PartnershipEvent event, @SequenceNumber long sequenceNumber) {
        entries.put(event.entryId(), new RecordedEntry(event.entryType(), event.occurredOn(), false));
        version = sequenceNumber;
    }

    @EventSourcingHandler
    void on(EntryRetracted event, @SequenceNumber long sequenceNumber) {
        RecordedEntry retracted = entries.get(event.retractedEntryId()).retract();
        entries.put(event.retractedEntryId(), retracted);
        if (retracted.type() == EntryType.CONCLUSION) {
            concluded = false;
        }
        entries.put(event.entryId(), new RecordedEntry(EntryType.RETRACTION, event.occurredOn(), false));
        version = sequenceNumber;
    }

    @EventSourcingHandler
    void on(PartnershipConcluded event, @SequenceNumber long sequenceNumber) {
        concluded = true;
        entries.put(event.entryId(), new RecordedEntry(EntryType.CONCLUSION, event.occurredOn(), false));
        version = sequenceNumber;
    }
}
