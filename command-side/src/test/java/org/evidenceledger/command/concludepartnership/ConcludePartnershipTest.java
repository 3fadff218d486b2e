package org.evidenceledger.command.concludepartnership;

import static org.evidenceledger.command.partnership.PartnershipTestData.ANNOUNCED_ON;
import static org.evidenceledger.command.partnership.PartnershipTestData.DAY_BEFORE_ANNOUNCEMENT;
import static org.evidenceledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.evidenceledger.command.partnership.PartnershipTestData.announced;
import static org.evidenceledger.command.partnership.PartnershipTestData.benchmarked;
import static org.evidenceledger.command.partnership.PartnershipTestData.concluded;
import static org.evidenceledger.command.partnership.PartnershipTestData.entry;
import static org.evidenceledger.command.partnership.PartnershipTestData.retracted;
import static org.evidenceledger.command.partnership.PartnershipTestData.violationOf;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.evidenceledger.command.partnership.ErrorCode;
import org.evidenceledger.command.partnership.Partnership;
import org.evidenceledger.command.partnership.PartnershipTestData;
import org.evidenceledger.command.partnership.Accepted;
import org.evidenceledger.events.PartnershipConcluded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConcludePartnershipTest {

    private static final LocalDate CONCLUDED_ON = LocalDate.of(2026, 11, 20);

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipTestData.fixture();
        fixture.registerAnnotatedCommandHandler(new ConcludePartnershipHandler(PartnershipTestData.partnerships(fixture)));
    }

    @Test
    void givenAnnounced_whenConcluded_thenPartnershipConcludedAtVersionOne() {
        fixture.given(announced())
                .when(conclude("conclusion-1", null, CONCLUDED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PartnershipConcluded(PARTNERSHIP, entry("conclusion-1"), CONCLUDED_ON,
                        "the parties ended the collaboration"))
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, entry("conclusion-1"), 1));
    }

    @Test
    void givenAnnounced_whenConcludedOnTheAnnouncementDay_thenRecorded() {
        fixture.given(announced())
                .when(conclude("conclusion-1", null, ANNOUNCED_ON))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenAnnounced_whenConcludedBeforeTheAnnouncement_thenDateBeforeAnnouncement() {
        fixture.given(announced())
                .when(conclude("conclusion-1", null, DAY_BEFORE_ANNOUNCEMENT))
                .expectException(violationOf(ErrorCode.DATE_BEFORE_ANNOUNCEMENT))
                .expectExceptionMessage("concludedOn 2026-06-03 is before the announcement on 2026-06-04.")
                .expectNoEvents();
    }

    @Test
    void givenConcluded_whenConcludedAgain_thenPartnershipConcluded() {
        fixture.given(announced(), concluded("conclusion-1", CONCLUDED_ON))
                .when(conclude("conclusion-2", null, CONCLUDED_ON))
                .expectException(violationOf(ErrorCode.PARTNERSHIP_CONCLUDED))
                .expectNoEvents();
    }

    @Test
    void givenConclusionRetracted_whenConcludedAgain_thenConcluded() {
        fixture.given(announced(), concluded("conclusion-1", CONCLUDED_ON),
                        retracted("retraction-1", "conclusion-1", CONCLUDED_ON))
                .when(conclude("conclusion-2", null, CONCLUDED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PartnershipConcluded(PARTNERSHIP, entry("conclusion-2"), CONCLUDED_ON,
                        "the parties ended the collaboration"))
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, entry("conclusion-2"), 3));
    }

    @Test
    void givenEntryWithThatId_whenConcluded_thenDuplicateEntry() {
        fixture.given(announced(), benchmarked("conclusion-1", CONCLUDED_ON))
                .when(conclude("conclusion-1", null, CONCLUDED_ON))
                .expectException(violationOf(ErrorCode.DUPLICATE_ENTRY))
                .expectNoEvents();
    }

    @Test
    void givenVersionOne_whenIfMatchNamesVersionZero_thenVersionMismatch() {
        fixture.given(announced(), benchmarked("benchmark-accuracy", CONCLUDED_ON))
                .when(conclude("conclusion-1", 0L, CONCLUDED_ON))
                .expectException(violationOf(ErrorCode.VERSION_MISMATCH))
                .expectNoEvents();
    }

    private static ConcludePartnership conclude(String entryId, Long expectedVersion, LocalDate concludedOn) {
        return new ConcludePartnership(PARTNERSHIP, entry(entryId), expectedVersion, concludedOn,
                "the parties ended the collaboration");
    }
}
