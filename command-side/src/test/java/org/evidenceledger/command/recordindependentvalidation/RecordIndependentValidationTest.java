package org.evidenceledger.command.recordindependentvalidation;

import static org.evidenceledger.command.partnership.PartnershipTestData.DAY_BEFORE_ANNOUNCEMENT;
import static org.evidenceledger.command.partnership.PartnershipTestData.PAPER;
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
import org.evidenceledger.events.IndependentValidationRecorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordIndependentValidationTest {

    private static final LocalDate PUBLISHED_ON = LocalDate.of(2026, 10, 1);

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipTestData.fixture();
        fixture.registerAnnotatedCommandHandler(new RecordIndependentValidationHandler(PartnershipTestData.partnerships(fixture)));
    }

    @Test
    void givenBenchmarked_whenValidationRecorded_thenValidationRecordedAtVersionTwo() {
        fixture.given(announced(), benchmarked("benchmark-accuracy", PUBLISHED_ON))
                .when(validate("validation-external", null, PUBLISHED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IndependentValidationRecorded(PARTNERSHIP, entry("validation-external"),
                        "University hospital consortium", "retrospective multi-site", "AUROC 0.88 on external data",
                        PUBLISHED_ON, PAPER))
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, entry("validation-external"), 2));
    }

    @Test
    void givenAnnounced_whenPublishedBeforeTheAnnouncement_thenDateBeforeAnnouncement() {
        fixture.given(announced())
                .when(validate("validation-external", null, DAY_BEFORE_ANNOUNCEMENT))
                .expectException(violationOf(ErrorCode.DATE_BEFORE_ANNOUNCEMENT))
                .expectNoEvents();
    }

    @Test
    void givenEntryWithThatId_whenValidationRecorded_thenDuplicateEntry() {
        fixture.given(announced(), benchmarked("evidence-one", PUBLISHED_ON))
                .when(validate("evidence-one", null, PUBLISHED_ON))
                .expectException(violationOf(ErrorCode.DUPLICATE_ENTRY))
                .expectNoEvents();
    }

    @Test
    void givenVersionZero_whenIfMatchNamesVersionThree_thenVersionMismatch() {
        fixture.given(announced())
                .when(validate("validation-external", 3L, PUBLISHED_ON))
                .expectException(violationOf(ErrorCode.VERSION_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void givenConcluded_whenValidationRecorded_thenPartnershipConcluded() {
        fixture.given(announced(), concluded("conclusion-1", PUBLISHED_ON))
                .when(validate("validation-external", null, PUBLISHED_ON))
                .expectException(violationOf(ErrorCode.PARTNERSHIP_CONCLUDED))
                .expectNoEvents();
    }

    private static RecordIndependentValidation validate(String entryId, Long expectedVersion, LocalDate publishedOn) {
        return new RecordIndependentValidation(PARTNERSHIP, entry(entryId), expectedVersion,
                "University hospital consortium", "retrospective multi-site", "AUROC 0.88 on external data",
                publishedOn, PAPER);
    }
}
