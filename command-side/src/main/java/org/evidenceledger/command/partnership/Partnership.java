package org.evidenceledger.command.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
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
 * A healthcare-AI partnership and the evidence recorded for it. Each decision checks one named rule at a
 * time and applies the entry it was offered; event-sourcing handlers only assign the state those rules
 * need. The command slices build the entries and invoke these decisions through the repository, so the
 * aggregate knows events and its own rules, not commands or the web.
 */
@Aggregate(cache = "partnershipCache")
public class Partnership {

    @AggregateIdentifier
    private PartnershipId partnershipId;
    private LocalDate announcedOn;
    private boolean concluded;
    private final Map<EntryId, RecordedEntry> entries = new HashMap<>();

    protected Partnership() {
    }

    /** Announcing creates the partnership; the announcement slice invokes it through the repository. */
    public Partnership(PartnershipAnnounced announcement, RecordedPartnerships recorded) {
        assertNotYetRecorded(announcement.partnershipId(), recorded);
        assertBuildsOnRecorded(announcement, recorded);
        apply(announcement);
    }

    public Accepted publishBenchmark(Long expectedVersion, BenchmarkPublished benchmark) {
        assertCanRecord(expectedVersion, benchmark);
        assertNotBeforeAnnouncement("publishedOn", benchmark.publishedOn());
        return record(benchmark);
    }

    public Accepted recordIndependentValidation(Long expectedVersion, IndependentValidationRecorded validation) {
        assertCanRecord(expectedVersion, validation);
        assertNotBeforeAnnouncement("publishedOn", validation.publishedOn());
        return record(validation);
    }

    public Accepted announceDeploymentTimeline(Long expectedVersion, DeploymentTimelineAnnounced timeline) {
        assertCanRecord(expectedVersion, timeline);
        assertNotBeforeAnnouncement("announcedOn", timeline.announcedOn());
        assertNotBeforeAnnouncement("targetDate", timeline.targetDate());
        return record(timeline);
    }

    public Accepted deployClinically(Long expectedVersion, ClinicallyDeployed deployment) {
        assertCanRecord(expectedVersion, deployment);
        assertNotBeforeAnnouncement("deployedOn", deployment.deployedOn());
        return record(deployment);
    }

    public Accepted reportOutcomeData(Long expectedVersion, OutcomeDataReported outcome) {
        assertCanRecord(expectedVersion, outcome);
        assertNotBeforeAnnouncement("reportedOn", outcome.reportedOn());
        assertClinicalDeploymentOnOrBefore(outcome.reportedOn());
        return record(outcome);
    }

    public Accepted announceAvailability(Long expectedVersion, AvailabilityAnnounced availability) {
        assertCanRecord(expectedVersion, availability);
        assertNotBeforeAnnouncement("announcedOn", availability.announcedOn());
        assertNotBeforeAnnouncement("availableOn", availability.availableOn());
        return record(availability);
    }

    public Accepted retractEntry(Long expectedVersion, EntryRetracted retraction) {
        assertVersionMatches(expectedVersion);
        assertNewEntryId(retraction.entryId());
        assertRetractable(retraction.retractedEntryId());
        return record(retraction);
    }

    public Accepted conclude(Long expectedVersion, PartnershipConcluded conclusion) {
        assertCanRecord(expectedVersion, conclusion);
        assertNotBeforeAnnouncement("concludedOn", conclusion.concludedOn());
        return record(conclusion);
    }

    private Accepted record(PartnershipEvent event) {
        apply(event);
        return new Accepted(partnershipId, event.entryId(), getVersion());
    }

    private void assertCanRecord(Long expectedVersion, PartnershipEvent event) {
        assertVersionMatches(expectedVersion);
        assertNotConcluded();
        assertNewEntryId(event.entryId());
    }

    private static void assertNotYetRecorded(PartnershipId id, RecordedPartnerships recorded) {
        if (recorded.isRecorded(id)) {
            throw new RuleViolation(ErrorCode.DUPLICATE_PARTNERSHIP, "Partnership '" + id + "' is already recorded.");
        }
    }

    private static void assertBuildsOnRecorded(PartnershipAnnounced announcement, RecordedPartnerships recorded) {
        for (PartnershipId earlier : announcement.buildsOn()) {
            if (earlier.equals(announcement.partnershipId()) || !recorded.isRecorded(earlier)) {
                throw new RuleViolation(ErrorCode.UNKNOWN_BUILDS_ON,
                        "buildsOn names '" + earlier + "', which is not a recorded partnership.");
            }
        }
    }

    private void assertVersionMatches(Long expectedVersion) {
        long version = getVersion();
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
    void on(PartnershipAnnounced event) {
        partnershipId = event.partnershipId();
        announcedOn = event.announcedOn();
        entries.put(event.entryId(), new RecordedEntry(EntryType.ANNOUNCEMENT, event.occurredOn(), false));
    }

    @EventSourcingHandler
    void on(PartnershipEvent event) {
        entries.put(event.entryId(), new RecordedEntry(event.entryType(), event.occurredOn(), false));
    }

    @EventSourcingHandler
    void on(EntryRetracted event) {
        RecordedEntry retracted = entries.get(event.retractedEntryId()).retract();
        entries.put(event.retractedEntryId(), retracted);
        if (retracted.type() == EntryType.CONCLUSION) {
            concluded = false;
        }
        entries.put(event.entryId(), new RecordedEntry(EntryType.RETRACTION, event.occurredOn(), false));
    }

    @EventSourcingHandler
    void on(PartnershipConcluded event) {
        concluded = true;
        entries.put(event.entryId(), new RecordedEntry(EntryType.CONCLUSION, event.occurredOn(), false));
    }
}
