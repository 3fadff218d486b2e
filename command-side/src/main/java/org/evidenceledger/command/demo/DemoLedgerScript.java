package org.evidenceledger.command.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evidenceledger.command.announceavailability.AnnounceAvailability;
import org.evidenceledger.command.announcedeploymenttimeline.AnnounceDeploymentTimeline;
import org.evidenceledger.command.announcepartnership.AnnouncePartnership;
import org.evidenceledger.command.concludepartnership.ConcludePartnership;
import org.evidenceledger.command.deployclinically.DeployClinically;
import org.evidenceledger.command.publishbenchmark.PublishBenchmark;
import org.evidenceledger.command.recordindependentvalidation.RecordIndependentValidation;
import org.evidenceledger.command.reportoutcomedata.ReportOutcomeData;
import org.evidenceledger.command.retractentry.RetractEntry;
import org.evidenceledger.events.DeploymentScope;
import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.OutcomeMeasure;
import org.evidenceledger.events.PartnershipId;
import org.evidenceledger.events.Party;
import org.evidenceledger.events.PartyRole;
import org.evidenceledger.events.Source;

/**
 * The demo ledger (API.md) as the commands intake would send, in order: the reference case with the
 * history the news item gives, and {@value #FICTIONAL} fictional partnerships announced over the three
 * years before {@code today}, reaching every stage, with retractions, conclusions and buildsOn links.
 * Every date of the world lies between its announcement and today, as intake's rules want.
 */
public final class DemoLedgerScript {

    public static final PartnershipId REFERENCE_CASE = new PartnershipId("mayo-microsoft-frontier-model");
    static final int FICTIONAL = 32;

    private static final String[] CLINICS = {"Aldermoor University Hospital", "Brightwater Clinic Network",
        "Cobalt Ridge Medical Center", "Dunmore Children's Hospital", "Elmsworth Health System",
        "Fernhill Regional Hospital", "Glenrock Cancer Institute", "Hollowmere Heart Centre"};
    private static final String[] DEVELOPERS = {"Quillon AI", "Radiant Vector Labs", "Sablecrest Analytics",
        "Tessellate Health AI", "Umbra Diagnostics", "Veridian Models"};
    private static final String[] CLOUDS = {"Nimbusfield Cloud", "Stratoline Compute"};
    private static final String[] TOPICS = {"sepsis early warning", "chest X-ray triage", "stroke CT detection",
        "diabetic retinopathy screening", "pathology slide grading", "ICU deterioration prediction",
        "mammography second reader", "ambient clinical notes", "ECG arrhythmia detection",
        "skin lesion classification", "radiology report drafting", "prostate MRI scoring",
        "readmission risk", "colonoscopy polyp detection", "fracture detection", "lung nodule follow-up"};
    private static final OutcomeMeasure[] ASKS = {OutcomeMeasure.DIAGNOSTIC_ACCURACY,
        OutcomeMeasure.TIME_TO_DIAGNOSIS, OutcomeMeasure.CLINICIAN_ADOPTION, OutcomeMeasure.COST_PER_CASE,
        OutcomeMeasure.LATENCY};

    private final LocalDate today;
    private final List<Object> commands = new ArrayList<>();

    private DemoLedgerScript(LocalDate today) {
        this.today = today;
    }

    /** The commands of the demo ledger, to be sent in this order. */
    public static List<Object> commands(LocalDate today) {
        DemoLedgerScript script = new DemoLedgerScript(today);
        script.referenceCase();
        for (int index = 0; index < FICTIONAL; index++) {
            script.fictional(index);
        }
        return List.copyOf(script.commands);
    }

    /** PRODUCT.md's reference case and the two partnerships it builds on, as the news item tells them. */
    private void referenceCase() {
        Source news = new Source("https://example.org/news/mayo-microsoft", "news", null);
        PartnershipId copilot = new PartnershipId("mayo-microsoft-365-copilot");
        commands.add(new AnnouncePartnership(copilot, "Mayo Clinic deploys Microsoft 365 Copilot",
                List.of(new Party("Mayo Clinic", PartyRole.CLINICAL_SITE), new Party("Microsoft", PartyRole.TECHNOLOGY_PARTNER)),
                LocalDate.of(2023, 9, 20), news, "Microsoft 365 Copilot", null,
                List.of("clinical documentation", "administrative work"), List.of()));
        PartnershipId imaging = new PartnershipId("mayo-microsoft-research-cerebras-foundation-models");
        commands.add(new AnnouncePartnership(imaging,
                "Mayo Clinic with Microsoft Research and Cerebras: foundation models for medical images and genomics",
                List.of(new Party("Mayo Clinic", PartyRole.MODEL_OWNER), new Party("Microsoft Research", PartyRole.DEVELOPER),
                        new Party("Cerebras", PartyRole.HARDWARE_PARTNER)),
                LocalDate.of(2025, 1, 13), news, null, "CT and MRI images and genomic sequencing data",
                List.of("radiology", "genomics"), List.of()));
        commands.add(new AnnouncePartnership(REFERENCE_CASE, "Mayo Clinic and Microsoft frontier AI model for healthcare",
                List.of(new Party("Mayo Clinic", PartyRole.MODEL_OWNER), new Party("Microsoft", PartyRole.TECHNOLOGY_PARTNER),
                        new Party("Microsoft", PartyRole.CLOUD_DISTRIBUTOR)),
                LocalDate.of(2026, 6, 4), news, "Mayo Clinic frontier healthcare model",
                "de-identified clinical data of the health system",
                List.of("clinical reasoning", "earlier diagnosis", "personalized treatment"), List.of(imaging, copilot)));
        // Offered later through Azure Foundry: stated, undated. Nothing else is on record at announcement.
        commands.add(new AnnounceAvailability(REFERENCE_CASE, new EntryId("availability-azure-foundry"), null,
                "Azure Foundry APIs", null, LocalDate.of(2026, 6, 4), news));
    }

    /**
     * One fictional partnership: plan {@code index % 8} picks how far its evidence got, from a bare
     * announcement to outcome data and a conclusion; some have a benchmark retracted and corrected.
     */
    private void fictional(int index) {
        String clinic = clinic(index);
        String developer = DEVELOPERS[(index * 5 + 1) % DEVELOPERS.length];
        String topic = TOPICS[index % TOPICS.length];
        LocalDate announced = today.minusDays(1085 - index * 33L);
        long span = ChronoUnit.DAYS.between(announced, today);
        PartnershipId id = fictionalId(index);
        Source source = new Source("https://example.org/demo/" + id.value(), "Demo ledger (fictional)", null);
        List<Party> parties = new ArrayList<>(List.of(new Party(clinic, PartyRole.CLINICAL_SITE),
                new Party(developer, PartyRole.DEVELOPER)));
        if (index % 3 == 0) {
            parties.add(new Party(CLOUDS[index % CLOUDS.length], PartyRole.CLOUD_DISTRIBUTOR));
        }
        List<PartnershipId> buildsOn = index >= 6 && index % 3 == 0
                ? List.of(fictionalId(index - 6), fictionalId(index - 3)) : List.of();
        commands.add(new AnnouncePartnership(id, clinic + " and " + developer + ": " + topic + " (fictional)", parties,
                announced, source, developer + " " + topic + " model", "fictional demo data", List.of(topic), buildsOn));

        Dates dates = new Dates(announced, span);
        OutcomeMeasure ask = ASKS[index % ASKS.length];
        int plan = index % 8;
        if (plan == 0) {
            return;
        }
        commands.add(benchmark(id, "benchmark-1", dates.at(40), source, ask, index % 4 == 0));
        if (index % 5 == 2) {
            commands.add(new RetractEntry(id, new EntryId("retraction-1"), null, new EntryId("benchmark-1"),
                    "The benchmark cited the wrong test set; see the corrected benchmark.", today));
            commands.add(benchmark(id, "benchmark-2", dates.at(55), source, ask, false));
        }
        if (plan == 7) {
            commands.add(new RetractEntry(id, new EntryId("retraction-2"), null,
                    new EntryId(index % 5 == 2 ? "benchmark-2" : "benchmark-1"),
                    "The developer withdrew the preprint.", today));
            commands.add(new ConcludePartnership(id, new EntryId("conclusion-1"), null, dates.at(150),
                    "Ended by the parties before any deployment."));
            return;
        }
        if (plan == 3) {
            commands.add(new AnnounceDeploymentTimeline(id, new EntryId("timeline-1"), null, dates.at(90),
                    "pilot on two wards", dates.at(30), source));
            return;
        }
        if (plan == 1) {
            return;
        }
        commands.add(new RecordIndependentValidation(id, new EntryId("validation-1"), null,
                "Fictional Institute for Clinical Evaluation", "retrospective multi-site cohort",
                "Accuracy held on external data, slightly below the developer's figure.", dates.at(120), source));
        if (plan == 2) {
            return;
        }
        commands.add(new AnnounceDeploymentTimeline(id, new EntryId("timeline-1"), null, dates.at(200),
                "limited rollout in the emergency department", dates.at(130), source));
        commands.add(new DeployClinically(id, new EntryId("deployment-1"), null, clinic,
                plan == 4 ? DeploymentScope.INTERNAL_PILOT : DeploymentScope.LIMITED_ROLLOUT, dates.at(190), source));
        if (plan == 4) {
            return;
        }
        commands.add(new ReportOutcomeData(id, new EntryId("outcome-1"), null, ask, BigDecimal.valueOf(12 + index),
                "percent improvement", dates.at(320), source, BigDecimal.ZERO, "patients seen during the rollout"));
        commands.add(new ReportOutcomeData(id, new EntryId("outcome-2"), null, OutcomeMeasure.CLINICIAN_ADOPTION,
                BigDecimal.valueOf(40 + index), "percent of clinicians weekly", dates.at(340), source, null, "clinicians"));
        commands.add(new AnnounceAvailability(id, new EntryId("availability-1"), null,
                CLOUDS[index % CLOUDS.length] + " marketplace", null, dates.at(350), source));
        if (plan == 6) {
            commands.add(new ConcludePartnership(id, new EntryId("conclusion-1"), null, dates.at(400),
                    "The study ended; the model stays in use under a new contract."));
        }
    }

    private PublishBenchmark benchmark(PartnershipId id, String entryId, LocalDate publishedOn, Source source,
                                       OutcomeMeasure measure, boolean independent) {
        return new PublishBenchmark(id, new EntryId(entryId), null, "AUROC", new BigDecimal("0.91"), "AUROC",
                publishedOn, source, "fictional retrospective test set", "radiologists' reads", independent, false,
                1200, measure);
    }

    /** Shifted by one every eight, so that each clinic meets several plans. */
    private static String clinic(int index) {
        return CLINICS[(index + index / CLINICS.length) % CLINICS.length];
    }

    /** demo-07-aldermoor-sepsis-early-warning: numbered, since clinic and topic repeat after sixteen. */
    private static PartnershipId fictionalId(int index) {
        String clinic = clinic(index).split(" ")[0];
        return new PartnershipId(String.format(Locale.ROOT, "demo-%02d-%s-%s", index + 1, slug(clinic),
                slug(TOPICS[index % TOPICS.length])));
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Days after an announcement, squeezed for recent ones so that nothing lies after today. */
    private record Dates(LocalDate announced, long span) {

        private static final long FULL_STORY_DAYS = 420;

        LocalDate at(long days) {
            long available = Math.max(0, span - 1);
            long offset = span >= FULL_STORY_DAYS ? days : days * available / FULL_STORY_DAYS;
            return announced.plusDays(Math.min(offset, available));
        }
    }
}
