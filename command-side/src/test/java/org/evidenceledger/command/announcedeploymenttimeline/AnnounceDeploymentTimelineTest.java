package org.evidenceledger.command.announcedeploymenttimeline;

import static org.evidenceledger.command.partnership.PartnershipTestData.ANNOUNCED_ON;
import static org.evidenceledger.command.partnership.PartnershipTestData.DAY_BEFORE_ANNOUNCEMENT;
import static org.evidenceledger.command.partnership.PartnershipTestData.NEWS;
import static org.evidenceledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.evidenceledger.command.partnership.PartnershipTestData.announced;
import static org.evidenceledger.command.partnership.PartnershipTestData.concluded;
import static org.evidenceledger.command.partnership.PartnershipTestData.entry;
import static org.evidenceledger.command.partnership.PartnershipTestData.violationOf;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.evidenceledger.command.partnership.ErrorCode;
import org.evidenceledger.command.partnership.Partnership;
import org.evidenceledger.command.partnership.PartnershipTestData;
import org.evidenceledger.command.partnership.Accepted;
import org.evidenceledger.events.DeploymentTimelineAnnounced;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnnounceDeploymentTimelineTest {

    private static final LocalDate STATED_ON = LocalDate.of(2026, 8, 20);
    private static final LocalDate TARGET = LocalDate.of(2027, 3, 1);

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipTestData.fixture();
        fixture.registerAnnotatedCommandHandler(new AnnounceDeploymentTimelineHandler(PartnershipTestData.partnerships(fixture)));
    }

    @Test
    void givenAnnounced_whenTimelineAnnounced_thenTimelineAnnouncedAtVersionOne() {
        fixture.given(announced())
                .when(timeline("timeline-pilot", null, TARGET, STATED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DeploymentTimelineAnnounced(PARTNERSHIP, entry("timeline-pilot"), TARGET,
                        "internal pilot at Mayo Clinic", STATED_ON, NEWS))
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, entry("timeline-pilot"), 1));
    }

    @Test
    void givenAnnounced_whenTargetIsTheAnnouncementDay_thenRecorded() {
        fixture.given(announced())
                .when(timeline("timeline-pilot", null, ANNOUNCED_ON, ANNOUNCED_ON))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenAnnounced_whenStatedBeforeTheAnnouncement_thenDateBeforeAnnouncement() {
        fixture.given(announced())
                .when(timeline("timeline-pilot", null, TARGET, DAY_BEFORE_ANNOUNCEMENT))
                .expectException(violationOf(ErrorCode.DATE_BEFORE_ANNOUNCEMENT))
                .expectExceptionMessage("announcedOn 2026-06-03 is before the announcement on 2026-06-04.")
                .expectNoEvents();
    }

    @Test
    void givenAnnounced_whenTargetDateBeforeTheAnnouncement_thenDateBeforeAnnouncement() {
        fixture.given(announced())
                .when(timeline("timeline-pilot", null, DAY_BEFORE_ANNOUNCEMENT, STATED_ON))
                .expectException(violationOf(ErrorCode.DATE_BEFORE_ANNOUNCEMENT))
                .expectExceptionMessage("targetDate 2026-06-03 is before the announcement on 2026-06-04.")
                .expectNoEvents();
    }

    @Test
    void givenTimelineWithThatId_whenAnnouncedAgain_thenDuplicateEntry() {
        fixture.given(announced(), new DeploymentTimelineAnnounced(PARTNERSHIP, entry("timeline-pilot"), TARGET,
                        "internal pilot", STATED_ON, NEWS))
                .when(timeline("timeline-pilot", null, TARGET.plusMonths(3), STATED_ON))
                .expectException(violationOf(ErrorCode.DUPLICATE_ENTRY))
                .expectNoEvents();
    }

    @Test
    void givenVersionZero_whenIfMatchNamesVersionOne_thenVersionMismatch() {
        fixture.given(announced())
                .when(timeline("timeline-pilot", 1L, TARGET, STATED_ON))
                .expectException(violationOf(ErrorCode.VERSION_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void givenConcluded_whenTimelineAnnounced_thenPartnershipConcluded() {
        fixture.given(announced(), concluded("conclusion-1", STATED_ON))
                .when(timeline("timeline-pilot", null, TARGET, STATED_ON))
                .expectException(violationOf(ErrorCode.PARTNERSHIP_CONCLUDED))
                .expectNoEvents();
    }

    private static AnnounceDeploymentTimeline timeline(String entryId, Long expectedVersion, LocalDate targetDate,
                                                       LocalDate announcedOn) {
        return new AnnounceDeploymentTimeline(PARTNERSHIP, entry(entryId), expectedVersion, targetDate,
                "internal pilot at Mayo Clinic", announcedOn, NEWS);
    }
}
