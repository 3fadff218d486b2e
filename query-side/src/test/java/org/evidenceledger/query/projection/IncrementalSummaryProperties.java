package org.evidenceledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.events.Party;
import org.evidenceledger.events.PartyRole;
import org.evidenceledger.query.summary.SummaryRow;
import org.evidenceledger.query.timeline.TimelineRow;

/**
 * The projection's step from one summary to the next gives, after any run of entries, exactly the summary
 * of the whole timeline: the two ways of counting never disagree.
 */
class IncrementalSummaryProperties {

    private static final List<Party> PARTIES = List.of(new Party("Mayo Clinic", PartyRole.MODEL_OWNER));
    private static final LocalDate ANNOUNCED_ON = LocalDate.parse("2026-06-04");

    record Entry(EntryType type, int day) {
    }

    @Property(tries = 500)
    void stepByStepEqualsTheWholeTimeline(@ForAll("entries") List<Entry> entries) {
        List<TimelineRow> timeline = new ArrayList<>(List.of(row(0, EntryType.ANNOUNCEMENT, ANNOUNCED_ON)));
        SummaryRow stepped = whole(timeline);
        for (Entry entry : entries) {
            long version = timeline.size();
            LocalDate occurredOn = ANNOUNCED_ON.plusDays(entry.day());
            timeline.add(row(version, entry.type(), occurredOn));
            stepped = SummaryCalculator.next(stepped, version, entry.type(), occurredOn);
            assertThat(stepped).isEqualTo(whole(timeline));
        }
    }

    @Provide
    Arbitrary<List<Entry>> entries() {
        Arbitrary<EntryType> types = Arbitraries.of(EntryType.values()).filter(SummaryCalculator::incremental);
        return Combinators.combine(types, Arbitraries.integers().between(0, 400)).as(Entry::new).list().ofMaxSize(30);
    }

    private static SummaryRow whole(List<TimelineRow> timeline) {
        return SummaryCalculator.summarize("step-partnership", timeline.size() - 1, "Frontier model", PARTIES,
                ANNOUNCED_ON, timeline);
    }

    private static TimelineRow row(long sequenceNumber, EntryType type, LocalDate occurredOn) {
        return new TimelineRow("step-partnership", "entry-" + sequenceNumber, sequenceNumber, type, occurredOn, null,
                Instant.parse("2026-06-04T10:00:00Z").plusSeconds(sequenceNumber), "ana", null, "{}", null, null, null);
    }
}
