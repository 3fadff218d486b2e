package org.evidenceledger.command.reportoutcomedata;

import static org.evidenceledger.command.partnership.PartnershipTestData.DAY_BEFORE_ANNOUNCEMENT;
import static org.evidenceledger.command.partnership.PartnershipTestData.PAPER;
import static org.evidenceledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.evidenceledger.command.partnership.PartnershipTestData.announced;
import static org.evidenceledger.command.partnership.PartnershipTestData.benchmarked;
import static org.evidenceledger.command.partnership.PartnershipTestData.concluded;
import static org.evidenceledger.command.partnership.PartnershipTestData.deployed;
import static org.evidenceledger.command.partnership.PartnershipTestData.entry;
import static org.evidenceledger.command.partnership.PartnershipTestData.retracted;
import static org.evidenceledger.command.partnership.PartnershipTestData.violationOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.evidenceledger.command.partnership.ErrorCode;
import org.evidenceledger.command.partnership.Partnership;
import org.evidenceledger.command.partnership.PartnershipTestData;
import org.evidenceledger.command.partnership.Accepted;
import org.evidenceledger.events.DeploymentTimelineAnnounced;
import org.evidenceledger.events.OutcomeDataReported;
import org.evidenceledger.events.OutcomeMeasure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportOutcomeDataTest {

    private static final LocalDate DEPLOYED_ON = LocalDate.of(2026, 9, 1);
    private static final LocalDate REPORTED_ON = LocalDate.of(2026, 11, 2);

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipTestData.fixture();
        fixture.registerAnnotatedCommandHandler(new ReportOutcomeDataHandler(PartnershipTestData.partnerships(fixture)));
    }

    @Test
    void givenClinicalDeployment_whenOutcomeDataReported_thenOutcomeDataReportedAtVersionTwo() {
        fixture.given(announced(), deployed("deployment-rochester", DEPLOYED_ON))
                .when(report("outcome-time-to-diagnosis", null, REPORTED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OutcomeDataReported(PARTNERSHIP, entry("outcome-time-to-diagnosis"),
                        OutcomeMeasure.TIME_TO_DIAGNOSIS, new BigDecimal("3.5"), "days", REPORTED_ON, PAPER,
                        new BigDecimal("5.0"), "oncology referrals"))
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, entry("outcome-time-to-diagnosis"), 2));
    }

    @Test
    void givenDeploymentOnTheSameDay_whenOutcomeDataReported_thenRecorded() {
        fixture.given(announced(), deployed("deployment-rochester", REPORTED_ON))
                .when(report("outcome-time-to-diagnosis", null, REPORTED_ON))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, entry("outcome-time-to-diagnosis"), 2));
    }

    @Test
    void givenNoDeployment_whenOutcomeDataReported_thenOutcomeWithoutDeployment() {
        fixture.given(announced(), benchmarked("benchmark-accuracy", DEPLOYED_ON))
                .when(report("outcome-time-to-diagnosis", null, REPORTED_ON))
                .expectException(violationOf(ErrorCode.OUTCOME_WITHOUT_DEPLOYMENT))
                .expectNoEvents();
    }

    @Test
    void givenOnlyADeploymentTimeline_whenOutcomeDataReported_thenOutcomeWithoutDeployment() {
        fixture.given(announced(), new DeploymentTimelineAnnounced(PARTNERSHIP, entry("timeline-pilot"), DEPLOYED_ON,
                        "internal pilot", DEPLOYED_ON.minusMonths(1), PAPER))
                .when(report("outcome-time-to-diagnosis", null, REPORTED_ON))
                .expectException(violationOf(ErrorCode.OUTCOME_WITHOUT_DEPLOYMENT))
                .expectNoEvents();
    }

    @Test
    void givenDeploymentRetracted_whenOutcomeDataReported_thenOutcomeWithoutDeployment() {
        fixture.given(announced(), deployed("deployment-rochester", DEPLOYED_ON),
                        retracted("retraction-1", "deployment-rochester", DEPLOYED_ON.plusDays(5)))
                .when(report("outcome-time-to-diagnosis", null, REPORTED_ON))
                .expectException(violationOf(ErrorCode.OUTCOME_WITHOUT_DEPLOYMENT))
                .expectNoEvents();
    }

    @Test
    void givenDeploymentDatedAfterTheOutcome_whenOutcomeDataReported_thenOutcomeWithoutDeployment() {
        fixture.given(announced(), deployed("deployment-rochester", REPORTED_ON.plusDays(1)))
                .when(report("outcome-time-to-diagnosis", null, REPORTED_ON))
                .expectException(violationOf(ErrorCode.OUTCOME_WITHOUT_DEPLOYMENT))
                .expectExceptionMessage("Outcome data needs a clinical deployment on record dated on or before 2026-11-02.")
                .expectNoEvents();
    }

    @Test
    void givenOneDeploymentRetractedAndAnotherStanding_whenOutcomeDataReported_thenRecorded() {
        fixture.given(announced(), deployed("deployment-pilot", DEPLOYED_ON),
                        retracted("retraction-1", "deployment-pilot", DEPLOYED_ON),
                        deployed("deployment-rochester", DEPLOYED_ON.plusDays(7)))
                .when(report("outcome-time-to-diagnosis", null, REPORTED_ON))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, entry("outcome-time-to-diagnosis"), 4));
    }

    @Test
    void givenDeployment_whenReportedBeforeTheAnnouncement_thenDateBeforeAnnouncement() {
        fixture.given(announced(), deployed("deployment-rochester", DEPLOYED_ON))
                .when(report("outcome-time-to-diagnosis", null, DAY_BEFORE_ANNOUNCEMENT))
                .expectException(violationOf(ErrorCode.DATE_BEFORE_ANNOUNCEMENT))
                .expectNoEvents();
    }

    @Test
    void givenEntryWithThatId_whenOutcomeDataReported_thenDuplicateEntry() {
        fixture.given(announced(), deployed("deployment-rochester", DEPLOYED_ON))
                .when(report("deployment-rochester", null, REPORTED_ON))
                .expectException(violationOf(ErrorCode.DUPLICATE_ENTRY))
                .expectNoEvents();
    }

    @Test
    void givenVersionOne_whenIfMatchNamesVersionTwo_thenVersionMismatch() {
        fixture.given(announced(), deployed("deployment-rochester", DEPLOYED_ON))
                .when(report("outcome-time-to-diagnosis", 2L, REPORTED_ON))
                .expectException(violationOf(ErrorCode.VERSION_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void givenConcludedAfterDeployment_whenOutcomeDataReported_thenPartnershipConcluded() {
        fixture.given(announced(), deployed("deployment-rochester", DEPLOYED_ON), concluded("conclusion-1", REPORTED_ON))
                .when(report("outcome-time-to-diagnosis", null, REPORTED_ON))
                .expectException(violationOf(ErrorCode.PARTNERSHIP_CONCLUDED))
                .expectNoEvents();
    }

    private static ReportOutcomeData report(String entryId, Long expectedVersion, LocalDate reportedOn) {
        return new ReportOutcomeData(PARTNERSHIP, entry(entryId), expectedVersion, OutcomeMeasure.TIME_TO_DIAGNOSIS,
                new BigDecimal("3.5"), "days", reportedOn, PAPER, new BigDecimal("5.0"), "oncology referrals");
    }
}
