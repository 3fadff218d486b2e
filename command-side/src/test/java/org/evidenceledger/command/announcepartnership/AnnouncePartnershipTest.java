package org.evidenceledger.command.announcepartnership;

import static org.evidenceledger.command.partnership.PartnershipTestData.ANNOUNCED_ON;
import static org.evidenceledger.command.partnership.PartnershipTestData.NEWS;
import static org.evidenceledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.evidenceledger.command.partnership.PartnershipTestData.announced;
import static org.evidenceledger.command.partnership.PartnershipTestData.violationOf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.evidenceledger.command.partnership.ErrorCode;
import org.evidenceledger.command.partnership.Partnership;
import org.evidenceledger.command.partnership.PartnershipTestData;
import org.evidenceledger.command.partnership.Accepted;
import org.evidenceledger.command.partnership.Partnerships;
import org.evidenceledger.command.partnership.RecordedPartnerships;
import org.evidenceledger.events.PartnershipAnnounced;
import org.evidenceledger.events.PartnershipId;
import org.evidenceledger.events.Party;
import org.evidenceledger.events.PartyRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnnouncePartnershipTest {

    private static final PartnershipId IMAGING = new PartnershipId("mayo-cerebras-imaging-foundation-models");
    private static final PartnershipId COPILOT = new PartnershipId("mayo-microsoft-365-copilot");

    private final KnownPartnerships recorded = new KnownPartnerships();
    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipTestData.fixture();
        fixture.registerAnnotatedCommandHandler(new AnnouncePartnershipHandler(new Partnerships(fixture.getRepository(), recorded)));
    }

    @Test
    void givenNoPartnership_whenAnnounced_thenPartnershipAnnouncedAtVersionZero() {
        PartnershipAnnounced expected = announced();
        fixture.givenNoPriorActivity()
                .when(announce(expected.buildsOn()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(expected)
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, null, 0));
    }

    @Test
    void givenEarlierPartnershipsRecorded_whenAnnouncedBuildingOnThem_thenBuildsOnIsRecorded() {
        recorded.add(IMAGING);
        recorded.add(COPILOT);
        PartnershipAnnounced base = announced();
        fixture.givenNoPriorActivity()
                .when(announce(List.of(IMAGING, COPILOT)))
                .expectEvents(new PartnershipAnnounced(PARTNERSHIP, base.title(), base.parties(), ANNOUNCED_ON, NEWS,
                        base.modelName(), base.dataBasis(), base.intendedUses(), List.of(IMAGING, COPILOT)))
                .expectResultMessagePayload(new Accepted(PARTNERSHIP, null, 0));
    }

    @Test
    void givenOnlyTheOptionalFieldsLeftOut_whenAnnounced_thenListsAreEmptyNotAbsent() {
        List<Party> parties = List.of(new Party("Mayo Clinic", PartyRole.MODEL_OWNER));
        fixture.givenNoPriorActivity()
                .when(new AnnouncePartnership(PARTNERSHIP, "Mayo frontier model", parties, ANNOUNCED_ON, NEWS,
                        null, null, null, List.of()))
                .expectEvents(new PartnershipAnnounced(PARTNERSHIP, "Mayo frontier model", parties, ANNOUNCED_ON, NEWS,
                        null, null, List.of(), List.of()));
    }

    @Test
    void givenIdAlreadyRecorded_whenAnnouncedAgain_thenDuplicatePartnership() {
        recorded.add(PARTNERSHIP);
        fixture.givenNoPriorActivity()
                .when(announce(List.of()))
                .expectException(violationOf(ErrorCode.DUPLICATE_PARTNERSHIP))
                .expectNoEvents();
    }

    @Test
    void givenEarlierPartnershipNotRecorded_whenAnnouncedBuildingOnIt_thenUnknownBuildsOn() {
        recorded.add(COPILOT);
        fixture.givenNoPriorActivity()
                .when(announce(List.of(COPILOT, IMAGING)))
                .expectException(violationOf(ErrorCode.UNKNOWN_BUILDS_ON))
                .expectExceptionMessage("buildsOn names '" + IMAGING.value() + "', which is not a recorded partnership.")
                .expectNoEvents();
    }

    @Test
    void givenNoPartnership_whenAnnouncedBuildingOnItself_thenUnknownBuildsOn() {
        fixture.givenNoPriorActivity()
                .when(announce(List.of(PARTNERSHIP)))
                .expectException(violationOf(ErrorCode.UNKNOWN_BUILDS_ON))
                .expectNoEvents();
    }

    private static AnnouncePartnership announce(List<PartnershipId> buildsOn) {
        PartnershipAnnounced reference = announced();
        return new AnnouncePartnership(PARTNERSHIP, reference.title(), reference.parties(), reference.announcedOn(),
                reference.source(), reference.modelName(), reference.dataBasis(), reference.intendedUses(), buildsOn);
    }

    /** The ledger's knowledge of other partnerships, set by each test. */
    private static final class KnownPartnerships implements RecordedPartnerships {

        private final Set<PartnershipId> ids = new HashSet<>();

        void add(PartnershipId id) {
            ids.add(id);
        }

        @Override
        public boolean isRecorded(PartnershipId partnershipId) {
            return ids.contains(partnershipId);
        }
    }
}
