package org.evidenceledger.command.retractentry;

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
import org.evidenceledger.events.EntryRetracted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetractEntryTest {

    private static final LocalDate PUBLISHED_ON = LocalDate.of(2026, 9, 15);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipTestData.fixture();
        fixture.registerAnnotatedCommandHandler(new RetractEntryHandler(PartnershipTestData.partnerships(fixture)));
    }

    @Test
    void givenBenchmark_whenRetracted_thenEntryRetractedAtVersionTwo() {
        fixture.given(announced(), benchmarked("benchmark-accuracy", PUBLISHED_ON))
                .when(retract("retraction-1", null, "benchmark-accuracy"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EntryRetracted(PARTNERSHIP, entry("retraction-1"), entry("benchmark-accuracy"),
                        "the press release misquoted the metric", TODAY))
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, entry("retraction-1"), 2));
    }

    @Test
    void givenAnnounced_whenUnknownEntryRetracted_thenUnknownEntry() {
        fixture.given(announced(), benchmarked("benchmark-accuracy", PUBLISHED_ON))
                .when(retract("retraction-1", null, "benchmark-latency"))
                .expectException(violationOf(ErrorCode.UNKNOWN_ENTRY))
                .expectExceptionMessage("Partnership 'mayo-microsoft-frontier-model' has no entry 'benchmark-latency'.")
                .expectNoEvents();
    }

    @Test
    void givenBenchmarkRetracted_whenRetractedAgain_thenEntryAlreadyRetracted() {
        fixture.given(announced(), benchmarked("benchmark-accuracy", PUBLISHED_ON),
                        retracted("retraction-1", "benchmark-accuracy", TODAY))
                .when(retract("retraction-2", null, "benchmark-accuracy"))
                .expectException(violationOf(ErrorCode.ENTRY_ALREADY_RETRACTED))
                .expectNoEvents();
    }

    @Test
    void givenAnnounced_whenAnnouncementRetracted_thenEntryNotRetractable() {
        fixture.given(announced())
                .when(retract("retraction-1", null, "announcement"))
                .expectException(violationOf(ErrorCode.ENTRY_NOT_RETRACTABLE))
                .expectExceptionMessage("Entry 'announcement' is the announcement, which cannot be retracted.")
                .expectNoEvents();
    }

    @Test
    void givenRetraction_whenTheRetractionIsRetracted_thenEntryNotRetractable() {
        fixture.given(announced(), benchmarked("benchmark-accuracy", PUBLISHED_ON),
                        retracted("retraction-1", "benchmark-accuracy", TODAY))
                .when(retract("retraction-2", null, "retraction-1"))
                .expectException(violationOf(ErrorCode.ENTRY_NOT_RETRACTABLE))
                .expectNoEvents();
    }

    @Test
    void givenConcluded_whenBenchmarkRetracted_thenRetractionIsTaken() {
        fixture.given(announced(), benchmarked("benchmark-accuracy", PUBLISHED_ON), concluded("conclusion-1", TODAY))
                .when(retract("retraction-1", null, "benchmark-accuracy"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EntryRetracted(PARTNERSHIP, entry("retraction-1"), entry("benchmark-accuracy"),
                        "the press release misquoted the metric", TODAY))
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, entry("retraction-1"), 3));
    }

    @Test
    void givenConcluded_whenConclusionRetracted_thenRecorded() {
        fixture.given(announced(), concluded("conclusion-1", TODAY))
                .when(retract("retraction-1", null, "conclusion-1"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EntryRetracted(PARTNERSHIP, entry("retraction-1"), entry("conclusion-1"),
                        "the press release misquoted the metric", TODAY));
    }

    @Test
    void givenRetractionWithThatId_whenRetracted_thenDuplicateEntry() {
        fixture.given(announced(), benchmarked("benchmark-one", PUBLISHED_ON), benchmarked("benchmark-two", PUBLISHED_ON),
                        retracted("retraction-1", "benchmark-one", TODAY))
                .when(retract("retraction-1", null, "benchmark-two"))
                .expectException(violationOf(ErrorCode.DUPLICATE_ENTRY))
                .expectNoEvents();
    }

    @Test
    void givenVersionOne_whenIfMatchNamesVersionZero_thenVersionMismatch() {
        fixture.given(announced(), benchmarked("benchmark-accuracy", PUBLISHED_ON))
                .when(retract("retraction-1", 0L, "benchmark-accuracy"))
                .expectException(violationOf(ErrorCode.VERSION_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void givenVersionOne_whenIfMatchNamesVersionOne_thenRecordedAtVersionTwo() {
        fixture.given(announced(), benchmarked("benchmark-accuracy", PUBLISHED_ON))
                .when(retract("retraction-1", 1L, "benchmark-accuracy"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, entry("retraction-1"), 2));
    }

    private static RetractEntry retract(String retractionId, Long expectedVersion, String retractedEntryId) {
        return new RetractEntry(PARTNERSHIP, entry(retractionId), expectedVersion, entry(retractedEntryId),
                "the press release misquoted the metric", TODAY);
    }
}
