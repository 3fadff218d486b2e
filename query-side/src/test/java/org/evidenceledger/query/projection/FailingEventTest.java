package org.evidenceledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;
import static org.evidenceledger.query.testing.Events.announcedBuildingOn;
import static org.evidenceledger.query.testing.Events.benchmark;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.evidenceledger.query.stream.WatchPartnerships;
import org.evidenceledger.query.summary.Summary;
import org.evidenceledger.query.testing.QueryApi;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * An event the projection fails on part-way, after it has written some of the event's rows: an announcement
 * that names the partnership it builds on twice (intake drops such repeats now; the store may hold older ones)
 * writes its timeline entry, its organization and its first link, and fails on the second link. The event is
 * parked with its partnership's later events, and none of its rows stay behind, nor is it announced on the
 * stream, while the events of other partnerships go on. A ledger of its own, as its parked events would make
 * every other test's health DEGRADED.
 */
@TestPropertySource(properties = "ledger.test.purpose=failing-event")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FailingEventTest extends QuerySideHttpTest {

    private static final String EARLIER = "failing-earlier";
    private static final String FAILING = "failing-twice-linked";
    private static final String LATER = "failing-later";
    private static final String LAST = "failing-last";
    private static final List<String> TABLES = List.of("timeline_entry", "partnership_current", "partnership_summary",
            "partnership_party", "partnership_link");

    @Autowired
    private QueryGateway queryGateway;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ReadModelSlots slots;

    @Test
    void givenAnEventThatFailsAfterItsFirstWrites_thenItIsParkedWithNoneOfItsRowsAndNoStreamUpdate() throws Exception {
        api.awaitVersion(EARLIER, ledger.record("2026-06-01T09:00:00Z", announced(EARLIER, "2026-06-01")));
        List<Summary> streamed = new CopyOnWriteArrayList<>();
        SubscriptionQueryResult<String, Summary> watching = queryGateway.subscriptionQuery(new WatchPartnerships(),
                ResponseTypes.instanceOf(String.class), ResponseTypes.instanceOf(Summary.class));
        watching.updates().subscribe(streamed::add);
        try {
            ledger.record("2026-06-04T09:00:00Z", announcedBuildingOn(FAILING, "2026-06-04", EARLIER, EARLIER));
            ledger.record("2026-07-01T09:00:00Z", benchmark(FAILING, "bench-1", "2026-07-01"));
            api.awaitVersion(LATER, ledger.record("2026-07-02T09:00:00Z", announced(LATER, "2026-07-02")));
            await("the failing partnership's two events parked", () -> parked().size() == 2);
            await("the later partnership streamed", () -> streamedIds(streamed).contains(LATER));
            // one more batch: whatever the failing event's batch would have streamed has been streamed by now
            api.awaitVersion(LAST, ledger.record("2026-07-03T09:00:00Z", announced(LAST, "2026-07-03")));
            await("the last partnership streamed", () -> streamedIds(streamed).contains(LAST));
        } finally {
            watching.cancel();
        }

        assertThat(parked()).as("sequence numbers parked").containsExactly(0L, 1L);
        assertThat(causeOfFirstParked()).as("the second link repeats the first").isEqualTo("DuplicateKeyException");
        for (String table : TABLES) {
            assertThat(rowsOf(FAILING, table)).as("rows of %s in %s", FAILING, table).isZero();
        }
        api.get("/api/partnerships/" + FAILING).problem(404);
        api.get("/api/partnerships/" + FAILING + "/timeline").problem(404);
        assertThat(api.ok("/api/partnerships/" + EARLIER + "/lineage").get("descendants")).isEmpty();
        assertThat(streamedIds(streamed)).doesNotContain(FAILING).contains(LATER, LAST);
    }

    /** The failing partnership's events the active slot's processor parked, by sequence number, as auditors see them. */
    private List<Long> parked() {
        String group = PartnershipProjection.processingGroupOf(slots.active());
        return api.get("/api/audit/dead-letters", QueryApi.AUDIT).ok().valueStream()
                .filter(letter -> letter.get("processingGroup").asString().equals(group))
                .filter(letter -> letter.get("partnershipId").asString().equals(FAILING))
                .map(letter -> letter.get("sequenceNumber").asLong())
                .toList();
    }

    private String causeOfFirstParked() {
        return api.get("/api/audit/dead-letters", QueryApi.AUDIT).ok().valueStream()
                .filter(letter -> letter.get("partnershipId").asString().equals(FAILING))
                .filter(letter -> letter.get("sequenceNumber").asLong() == 0)
                .map(letter -> letter.get("causeType").asString())
                .findFirst().orElseThrow();
    }

    private long rowsOf(String partnershipId, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE partnership_id = ?")
                .param(partnershipId).query(Long.class).single();
    }

    private static List<String> streamedIds(List<Summary> streamed) {
        return streamed.stream().map(Summary::partnershipId).toList();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(QueryApi.CATCH_UP);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            Thread.sleep(20);
        }
    }
}
