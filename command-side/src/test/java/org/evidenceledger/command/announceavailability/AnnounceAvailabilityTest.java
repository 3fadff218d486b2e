package org.evidenceledger.command.announceavailability;

import static org.evidenceledger.command.partnership.PartnershipTestData.DAY_BEFORE_ANNOUNCEMENT;
import static org.evidenceledger.command.partnership.PartnershipTestData.NEWS;
import static org.evidenceledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.evidenceledger.command.partnership.PartnershipTestData.announced;
import static org.evidenceledger.command.partnership.PartnershipTestData.benchmarked;
import static org.evidenceledger.command.partnership.PartnershipTestData.concluded;
import static org.evidenceledger.command.partnership.PartnershipTestData.entry;
import static org.evidenceledger.command.partnership.PartnershipTestData.violationOf;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.evidenceledger.command.partnership.ErrorCode;
import org.evidenceledger.command.partnership.Partnership;
import org.evidenceledger.command.partnership.PartnershipTestData;
import org.evidenceledger.command.partnership.Accepted;
import org.evidenceledger.events.AvailabilityAnnounced;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnnounceAvailabilityTest {

    private static final LocalDate ANNOUNCED = LocalDate.of(2026, 10, 15);
    private static final LocalDate AVAILABLE = LocalDate.of(2027, 6, 1);
    private static final String CHANNEL = "Azure AI Foundry API";

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipTestData.fixture();
        fixture.registerAnnotatedCommandHandler(new AnnounceAvailabilityHandler(PartnershipTestData.partnerships(fixture)));
    }

    @Test
    void givenAnnounced_whenAvailabilityAnnounced_thenAvailabilityAnnouncedAtVersionOne() {
        fixture.given(announced())
                .when(availability("availability-azure", null, AVAILABLE, ANNOUNCED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AvailabilityAnnounced(PARTNERSHIP, entry("availability-azure"), CHANNEL, AVAILABLE,
                        ANNOUNCED, NEWS))
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, entry("availability-azure"), 1));
    }

    @Test
    void givenAnnounced_whenAvailabilityAnnouncedWithoutADate_thenRecordedWithoutOne() {
        fixture.given(announced(), benchmarked("benchmark-accuracy", ANNOUNCED))
                .when(availability("availability-azure", null, null, ANNOUNCED))
                .expectEvents(new AvailabilityAnnounced(PARTNERSHIP, entry("availability-azure"), CHANNEL, null,
                        ANNOUNCED, NEWS))
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, entry("availability-azure"), 2));
    }

    @Test
    void givenAnnounced_whenAvailableBeforeTheAnnouncement_thenDateBeforeAnnouncement() {
        fixture.given(announced())
                .when(availability("availability-azure", null, DAY_BEFORE_ANNOUNCEMENT, ANNOUNCED))
                .expectException(violationOf(ErrorCode.DATE_BEFORE_ANNOUNCEMENT))
                .expectExceptionMessage("availableOn 2026-06-03 is before the announcement on 2026-06-04.")
                .expectNoEvents();
    }

    @Test
    void givenAnnounced_whenAvailabilityStatedBeforeTheAnnouncement_thenDateBeforeAnnouncement() {
        fixture.given(announced())
                .when(availability("availability-azure", null, AVAILABLE, DAY_BEFORE_ANNOUNCEMENT))
                .expectException(violationOf(ErrorCode.DATE_BEFORE_ANNOUNCEMENT))
                .expectExceptionMessage("announcedOn 2026-06-03 is before the announcement on 2026-06-04.")
                .expectNoEvents();
    }

    @Test
    void givenAvailabilityWithThatId_whenAnnouncedAgain_thenDuplicateEntry() {
        fixture.given(announced(), new AvailabilityAnnounced(PARTNERSHIP, entry("availability-azure"), CHANNEL, null,
                        ANNOUNCED, NEWS))
                .when(availability("availability-azure", null, AVAILABLE, ANNOUNCED))
                .expectException(violationOf(ErrorCode.DUPLICATE_ENTRY))
                .expectNoEvents();
    }

    @Test
    void givenVersionZero_whenIfMatchNamesVersionOne_thenVersionMismatch() {
        fixture.given(announced())
                .when(availability("availability-azure", 1L, AVAILABLE, ANNOUNCED))
                .expectException(violationOf(ErrorCode.VERSION_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void givenConcluded_whenAvailabilityAnnounced_thenPartnershipConcluded() {
        fixture.given(announced(), concluded("conclusion-1", ANNOUNCED))
                .when(availability("availability-azure", null, AVAILABLE, ANNOUNCED))
                .expectException(violationOf(ErrorCode.PARTNERSHIP_CONCLUDED))
                .expectNoEvents();
    }

    private static AnnounceAvailability availability(String entryId, Long expectedVersion, LocalDate availableOn,
                                                     LocalDate announcedOn) {
        return new AnnounceAvailability(PARTNERSHIP, entry(entryId), expectedVersion, CHANNEL, availableOn, announcedOn,
                NEWS);
    }
}
