package org.evidenceledger.command.partnership;

import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.evidenceledger.events.ClinicallyDeployed;
import org.evidenceledger.events.DeploymentScope;
import org.evidenceledger.events.BenchmarkPublished;
import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.EntryRetracted;
import org.evidenceledger.events.PartnershipAnnounced;
import org.evidenceledger.events.PartnershipConcluded;
import org.evidenceledger.events.PartnershipId;
import org.evidenceledger.events.Party;
import org.evidenceledger.events.PartyRole;
import org.evidenceledger.events.Source;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

/** The reference case of PRODUCT.md as given events, shared by the fixture tests of every command slice. */
public final class PartnershipTestData {

    public static final PartnershipId PARTNERSHIP = new PartnershipId("mayo-microsoft-frontier-model");
    public static final LocalDate ANNOUNCED_ON = LocalDate.of(2026, 6, 4);
    public static final LocalDate DAY_BEFORE_ANNOUNCEMENT = ANNOUNCED_ON.minusDays(1);
    public static final Source NEWS = new Source("https://example.org/news/mayo-microsoft", "news", null);
    public static final Source PAPER = new Source("https://example.org/papers/frontier-eval", "journal", "Evaluation");

    private PartnershipTestData() {
    }

    public static AggregateTestFixture<Partnership> fixture() {
        return new AggregateTestFixture<>(Partnership.class);
    }

    /** The fixture's partnerships, for a slice's handler; no other partnership is recorded. */
    public static Partnerships partnerships(AggregateTestFixture<Partnership> fixture) {
        return new Partnerships(fixture.getRepository(), partnershipId -> false);
    }

    public static EntryId entry(String value) {
        return new EntryId(value);
    }

    public static PartnershipAnnounced announced() {
        return new PartnershipAnnounced(PARTNERSHIP, "Mayo Clinic and Microsoft frontier AI model for healthcare",
                List.of(new Party("Mayo Clinic", PartyRole.MODEL_OWNER),
                        new Party("Microsoft", PartyRole.TECHNOLOGY_PARTNER),
                        new Party("Microsoft", PartyRole.CLOUD_DISTRIBUTOR)),
                ANNOUNCED_ON, NEWS, "Mayo Clinic frontier healthcare model",
                "de-identified clinical data of the health system",
                List.of("clinical reasoning", "earlier diagnosis", "personalized treatment"), List.of());
    }

    public static BenchmarkPublished benchmarked(String entryId, LocalDate publishedOn) {
        return new BenchmarkPublished(PARTNERSHIP, entry(entryId), "diagnostic accuracy", new BigDecimal("0.91"), "AUROC",
                publishedOn, PAPER, "internal CT set", null, false, false, null, null);
    }

    public static ClinicallyDeployed deployed(String entryId, LocalDate deployedOn) {
        return new ClinicallyDeployed(PARTNERSHIP, entry(entryId), "Mayo Clinic Rochester", DeploymentScope.INTERNAL_PILOT,
                deployedOn, NEWS);
    }

    public static EntryRetracted retracted(String retractionId, String retractedEntryId, LocalDate on) {
        return new EntryRetracted(PARTNERSHIP, entry(retractionId), entry(retractedEntryId), "recorded by mistake", on);
    }

    public static PartnershipConcluded concluded(String entryId, LocalDate on) {
        return new PartnershipConcluded(PARTNERSHIP, entry(entryId), on, "partnership ended");
    }

    /** A {@link RuleViolation} carrying the given code; any other exception does not match. */
    public static Matcher<RuleViolation> violationOf(ErrorCode code) {
        return new FeatureMatcher<>(equalTo(code), "a RuleViolation with code", "code") {
            @Override
            protected ErrorCode featureValueOf(RuleViolation actual) {
                return actual.code();
            }
        };
    }
}
