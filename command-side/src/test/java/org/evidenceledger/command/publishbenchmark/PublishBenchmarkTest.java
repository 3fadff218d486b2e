package org.evidenceledger.command.publishbenchmark;

import static org.evidenceledger.command.partnership.PartnershipTestData.ANNOUNCED_ON;
import static org.evidenceledger.command.partnership.PartnershipTestData.DAY_BEFORE_ANNOUNCEMENT;
import static org.evidenceledger.command.partnership.PartnershipTestData.PAPER;
import static org.evidenceledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.evidenceledger.command.partnership.PartnershipTestData.announced;
import static org.evidenceledger.command.partnership.PartnershipTestData.benchmarked;
import static org.evidenceledger.command.partnership.PartnershipTestData.concluded;
import static org.evidenceledger.command.partnership.PartnershipTestData.entry;
import static org.evidenceledger.command.partnership.PartnershipTestData.retracted;
import static org.evidenceledger.command.partnership.PartnershipTestData.violationOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.evidenceledger.command.partnership.ErrorCode;
import org.evidenceledger.command.partnership.Partnership;
import org.evidenceledger.command.partnership.PartnershipTestData;
import org.evidenceledger.command.partnership.Accepted;
import org.evidenceledger.events.BenchmarkPublished;
import org.evidenceledger.events.OutcomeMeasure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublishBenchmarkTest {

    private static final LocalDate PUBLISHED_ON = LocalDate.of(2026, 9, 15);

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipTestData.fixture();
        fixture.registerAnnotatedCommandHandler(new PublishBenchmarkHandler(PartnershipTestData.partnerships(fixture)));
    }

    @Test
    void givenAnnounced_whenBenchmarkPublished_thenBenchmarkPublishedAtVersionOne() {
        fixture.given(announced())
                .when(publish("benchmark-accuracy", null, PUBLISHED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BenchmarkPublished(PARTNERSHIP, entry("benchmark-accuracy"), "diagnostic accuracy",
                        new BigDecimal("0.91"), "AUROC", PUBLISHED_ON, PAPER, "MIMIC-CXR", "radiologists", true, true, 1200,
                        OutcomeMeasure.DIAGNOSTIC_ACCURACY))
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, entry("benchmark-accuracy"), 1));
    }

    @Test
    void givenAnnounced_whenPublishedOnTheAnnouncementDay_thenRecorded() {
        fixture.given(announced())
                .when(publish("benchmark-accuracy", null, ANNOUNCED_ON))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, entry("benchmark-accuracy"), 1));
    }

    @Test
    void givenAnnounced_whenPublishedBeforeTheAnnouncement_thenDateBeforeAnnouncement() {
        fixture.given(announced())
                .when(publish("benchmark-accuracy", null, DAY_BEFORE_ANNOUNCEMENT))
                .expectException(violationOf(ErrorCode.DATE_BEFORE_ANNOUNCEMENT))
                .expectExceptionMessage("publishedOn 2026-06-03 is before the announcement on 2026-06-04.")
                .expectNoEvents();
    }

    @Test
    void givenBenchmarkWithThatEntryId_whenPublished_thenDuplicateEntry() {
        fixture.given(announced(), benchmarked("benchmark-accuracy", PUBLISHED_ON))
                .when(publish("benchmark-accuracy", null, PUBLISHED_ON))
                .expectException(violationOf(ErrorCode.DUPLICATE_ENTRY))
                .expectNoEvents();
    }

    @Test
    void givenAnnounced_whenPublishedUnderTheAnnouncementsEntryId_thenDuplicateEntry() {
        fixture.given(announced())
                .when(publish("announcement", null, PUBLISHED_ON))
                .expectException(violationOf(ErrorCode.DUPLICATE_ENTRY))
                .expectNoEvents();
    }

    @Test
    void givenRetractedBenchmark_whenPublishedUnderItsEntryId_thenDuplicateEntry() {
        fixture.given(announced(), benchmarked("benchmark-accuracy", PUBLISHED_ON),
                        retracted("retraction-1", "benchmark-accuracy", PUBLISHED_ON))
                .when(publish("benchmark-accuracy", null, PUBLISHED_ON))
                .expectException(violationOf(ErrorCode.DUPLICATE_ENTRY))
                .expectNoEvents();
    }

    @Test
    void givenVersionOne_whenIfMatchNamesVersionZero_thenVersionMismatch() {
        fixture.given(announced(), benchmarked("benchmark-first", PUBLISHED_ON))
                .when(publish("benchmark-accuracy", 0L, PUBLISHED_ON))
                .expectException(violationOf(ErrorCode.VERSION_MISMATCH))
                .expectExceptionMessage("Partnership 'mayo-microsoft-frontier-model' is at version 1, not 0.")
                .expectNoEvents();
    }

    @Test
    void givenVersionOne_whenIfMatchNamesVersionOne_thenRecordedAtVersionTwo() {
        fixture.given(announced(), benchmarked("benchmark-first", PUBLISHED_ON))
                .when(publish("benchmark-accuracy", 1L, PUBLISHED_ON))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, entry("benchmark-accuracy"), 2));
    }

    @Test
    void givenConcluded_whenPublished_thenPartnershipConcluded() {
        fixture.given(announced(), concluded("conclusion-1", PUBLISHED_ON))
                .when(publish("benchmark-accuracy", null, PUBLISHED_ON))
                .expectException(violationOf(ErrorCode.PARTNERSHIP_CONCLUDED))
                .expectNoEvents();
    }

    @Test
    void givenConclusionRetracted_whenPublished_thenThePartnershipTakesEntriesAgain() {
        fixture.given(announced(), concluded("conclusion-1", PUBLISHED_ON),
                        retracted("retraction-1", "conclusion-1", PUBLISHED_ON))
                .when(publish("benchmark-accuracy", null, PUBLISHED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BenchmarkPublished(PARTNERSHIP, entry("benchmark-accuracy"), "diagnostic accuracy",
                        new BigDecimal("0.91"), "AUROC", PUBLISHED_ON, PAPER, "MIMIC-CXR", "radiologists", true, true, 1200,
                        OutcomeMeasure.DIAGNOSTIC_ACCURACY))
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, entry("benchmark-accuracy"), 3));
    }

    @Test
    void givenNoAnnouncement_whenPublished_thenPartnershipNotFound() {
        fixture.givenNoPriorActivity()
                .when(publish("benchmark-accuracy", null, PUBLISHED_ON))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    private static PublishBenchmark publish(String entryId, Long expectedVersion, LocalDate publishedOn) {
        return new PublishBenchmark(PARTNERSHIP, entry(entryId), expectedVersion, "diagnostic accuracy",
                new BigDecimal("0.91"), "AUROC", publishedOn, PAPER, "MIMIC-CXR", "radiologists", true, true, 1200,
                OutcomeMeasure.DIAGNOSTIC_ACCURACY);
    }
}
