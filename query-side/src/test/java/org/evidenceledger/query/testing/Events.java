package org.evidenceledger.query.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.evidenceledger.events.AvailabilityAnnounced;
import org.evidenceledger.events.BenchmarkPublished;
import org.evidenceledger.events.ClinicallyDeployed;
import org.evidenceledger.events.DeploymentScope;
import org.evidenceledger.events.DeploymentTimelineAnnounced;
import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.EntryRetracted;
import org.evidenceledger.events.IndependentValidationRecorded;
import org.evidenceledger.events.OutcomeDataReported;
import org.evidenceledger.events.OutcomeMeasure;
import org.evidenceledger.events.PartnershipAnnounced;
import org.evidenceledger.events.PartnershipConcluded;
import org.evidenceledger.events.PartnershipId;
import org.evidenceledger.events.Party;
import org.evidenceledger.events.PartyRole;
import org.evidenceledger.events.Source;

/** The events of shared-events as the command side would write them, with dates given as ISO text. */
public final class Events {

    private Events() {
    }

    public static Party party(String name, PartyRole role) {
        return new Party(name, role);
    }

    public static Source source(String path) {
        return new Source("https://example.org/" + path, "example publisher", "Title of " + path);
    }

    public static PartnershipAnnounced announced(String id, String title, String announcedOn, Party... parties) {
        return new PartnershipAnnounced(new PartnershipId(id), title, List.of(parties), date(announcedOn),
                source("news/" + id), "model of " + id, "de-identified clinical data",
                List.of("clinical reasoning"), List.of());
    }

    /** An announcement with one model owner, for tests that do not look at the parties. */
    public static PartnershipAnnounced announced(String id, String announcedOn) {
        return announced(id, "Partnership " + id, announcedOn, party("Owner of " + id, PartyRole.MODEL_OWNER));
    }

    /** An announcement with one model owner that builds on the given partnerships, in this order. */
    public static PartnershipAnnounced announcedBuildingOn(String id, String announcedOn, String... buildsOn) {
        return new PartnershipAnnounced(new PartnershipId(id), "Partnership " + id,
                List.of(party("Owner of " + id, PartyRole.MODEL_OWNER)), date(announcedOn), source("news/" + id),
                "model of " + id, "de-identified clinical data", List.of("clinical reasoning"),
                Arrays.stream(buildsOn).map(PartnershipId::new).toList());
    }

    public static BenchmarkPublished benchmark(String id, String entryId, String publishedOn) {
        return new BenchmarkPublished(new PartnershipId(id), new EntryId(entryId), "AUROC", new BigDecimal("0.91"),
                "ratio", date(publishedOn), source("papers/" + entryId), "internal test set", "radiologists", false,
                true, 450, null);
    }

    public static IndependentValidationRecorded validation(String id, String entryId, String publishedOn) {
        return new IndependentValidationRecorded(new PartnershipId(id), new EntryId(entryId),
                "University hospital consortium", "retrospective multi-site", "AUROC 0.88 on external data",
                date(publishedOn), source("papers/" + entryId));
    }

    public static DeploymentTimelineAnnounced timeline(String id, String entryId, String announcedOn, String targetDate) {
        return new DeploymentTimelineAnnounced(new PartnershipId(id), new EntryId(entryId), date(targetDate),
                "internal pilot", date(announcedOn), source("news/" + entryId));
    }

    public static ClinicallyDeployed deployment(String id, String entryId, String deployedOn) {
        return new ClinicallyDeployed(new PartnershipId(id), new EntryId(entryId), "Rochester campus",
                DeploymentScope.INTERNAL_PILOT, date(deployedOn), source("news/" + entryId));
    }

    public static OutcomeDataReported outcome(String id, String entryId, String reportedOn) {
        return new OutcomeDataReported(new PartnershipId(id), new EntryId(entryId), OutcomeMeasure.TIME_TO_DIAGNOSIS,
                new BigDecimal("3.5"), "days", date(reportedOn), source("papers/" + entryId), new BigDecimal("5.0"),
                "adult inpatients");
    }

    public static AvailabilityAnnounced availability(String id, String entryId, String announcedOn, String availableOn) {
        return new AvailabilityAnnounced(new PartnershipId(id), new EntryId(entryId), "Azure AI Foundry API",
                date(availableOn), date(announcedOn), source("news/" + entryId));
    }

    public static EntryRetracted retraction(String id, String entryId, String retractedEntryId, String retractedOn,
                                            String reason) {
        return new EntryRetracted(new PartnershipId(id), new EntryId(entryId), new EntryId(retractedEntryId), reason,
                date(retractedOn));
    }

    public static PartnershipConcluded conclusion(String id, String entryId, String concludedOn) {
        return new PartnershipConcluded(new PartnershipId(id), new EntryId(entryId), date(concludedOn),
                "the parties ended the collaboration");
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
