package org.evidenceledger.command.deployclinically;

import static org.evidenceledger.command.partnership.PartnershipTestData.DAY_BEFORE_ANNOUNCEMENT;
import static org.evidenceledger.command.partnership.PartnershipTestData.NEWS;
import static org.evidenceledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.evidenceledger.command.partnership.PartnershipTestData.announced;
import static org.evidenceledger.command.partnership.PartnershipTestData.concluded;
import static org.evidenceledger.command.partnership.PartnershipTestData.deployed;
import static org.evidenceledger.command.partnership.PartnershipTestData.entry;
import static org.evidenceledger.command.partnership.PartnershipTestData.violationOf;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.evidenceledger.command.partnership.ErrorCode;
import org.evidenceledger.command.partnership.Partnership;
import org.evidenceledger.command.partnership.PartnershipTestData;
import org.evidenceledger.command.partnership.Accepted;
import org.evidenceledger.events.ClinicallyDeployed;
import org.evidenceledger.events.DeploymentScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeployClinicallyTest {

    private static final LocalDate DEPLOYED_ON = LocalDate.of(2026, 9, 1);

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipTestData.fixture();
        fixture.registerAnnotatedCommandHandler(new DeployClinicallyHandler(PartnershipTestData.partnerships(fixture)));
    }

    @Test
    void givenAnnounced_whenDeployedClinically_thenClinicallyDeployedAtVersionOne() {
        fixture.given(announced())
                .when(deploy("deployment-rochester", null, DEPLOYED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ClinicallyDeployed(PARTNERSHIP, entry("deployment-rochester"), "Mayo Clinic Rochester",
                        DeploymentScope.LIMITED_ROLLOUT, DEPLOYED_ON, NEWS))
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, entry("deployment-rochester"), 1));
    }

    @Test
    void givenAnnounced_whenDeployedBeforeTheAnnouncement_thenDateBeforeAnnouncement() {
        fixture.given(announced())
                .when(deploy("deployment-rochester", null, DAY_BEFORE_ANNOUNCEMENT))
                .expectException(violationOf(ErrorCode.DATE_BEFORE_ANNOUNCEMENT))
                .expectExceptionMessage("deployedOn 2026-06-03 is before the announcement on 2026-06-04.")
                .expectNoEvents();
    }

    @Test
    void givenDeploymentWithThatId_whenDeployedAgain_thenDuplicateEntry() {
        fixture.given(announced(), deployed("deployment-rochester", DEPLOYED_ON))
                .when(deploy("deployment-rochester", null, DEPLOYED_ON.plusDays(10)))
                .expectException(violationOf(ErrorCode.DUPLICATE_ENTRY))
                .expectNoEvents();
    }

    @Test
    void givenVersionOne_whenIfMatchNamesVersionOne_thenRecordedAtVersionTwo() {
        fixture.given(announced(), deployed("deployment-pilot", DEPLOYED_ON))
                .when(deploy("deployment-rochester", 1L, DEPLOYED_ON))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, entry("deployment-rochester"), 2));
    }

    @Test
    void givenVersionOne_whenIfMatchNamesVersionZero_thenVersionMismatch() {
        fixture.given(announced(), deployed("deployment-pilot", DEPLOYED_ON))
                .when(deploy("deployment-rochester", 0L, DEPLOYED_ON))
                .expectException(violationOf(ErrorCode.VERSION_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void givenConcluded_whenDeployedClinically_thenPartnershipConcluded() {
        fixture.given(announced(), concluded("conclusion-1", DEPLOYED_ON))
                .when(deploy("deployment-rochester", null, DEPLOYED_ON))
                .expectException(violationOf(ErrorCode.PARTNERSHIP_CONCLUDED))
                .expectNoEvents();
    }

    private static DeployClinically deploy(String entryId, Long expectedVersion, LocalDate deployedOn) {
        return new DeployClinically(PARTNERSHIP, entry(entryId), expectedVersion, "Mayo Clinic Rochester",
                DeploymentScope.LIMITED_ROLLOUT, deployedOn, NEWS);
    }
}
