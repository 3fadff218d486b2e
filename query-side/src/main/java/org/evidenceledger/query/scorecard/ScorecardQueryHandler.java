package org.evidenceledger.query.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.events.OutcomeMeasure;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.evidenceledger.query.summary.Summary;
import org.evidenceledger.query.summary.SummaryRepository;
import org.evidenceledger.query.summary.SummaryRow;
import org.evidenceledger.query.time.ReferenceTime;
import org.evidenceledger.query.timeline.TimelineRepository;
import org.evidenceledger.query.timeline.TimelineRow;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one partnership's timeline and summary as of the reference time: outcome data of a measure
 * beats a benchmark naming it; a retracted entry never counts.
 */
@Component
public class ScorecardQueryHandler {

    private final TimelineRepository timelines;
    private final SummaryRepository summaries;
    private final ReadModelSlots slots;
    private final JsonMapper jsonMapper;

    public ScorecardQueryHandler(TimelineRepository timelines, SummaryRepository summaries, ReadModelSlots slots,
                                 JsonMapper jsonMapper) {
        this.timelines = timelines;
        this.summaries = summaries;
        this.slots = slots;
        this.jsonMapper = jsonMapper;
    }

    @QueryHandler
    public Optional<Scorecard> handle(GetScorecard query) {
        ReadModelSlot slot = slots.active();
        ReferenceTime at = query.at();
        Optional<SummaryRow> summary = summaries.find(slot, query.partnershipId(), at);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> standing = timelines.find(slot, query.partnershipId(), at.recordedBefore()).stream()
                .filter(row -> !at.includes(row.retractedAt()))
                .map(row -> new Evidence(row, jsonMapper.readTree(row.details())))
                .toList();
        List<MeasureEvidence> measures = new ArrayList<>();
        List<OutcomeMeasure> missing = new ArrayList<>();
        for (OutcomeMeasure measure : Scorecard.ASKS) {
            MeasureEvidence evidence = latest(standing, EntryType.OUTCOME_DATA, measure)
                    .map(outcome -> new MeasureEvidence(measure, EvidenceStatus.OUTCOME_REPORTED, outcome.latest()))
                    .or(() -> latest(standing, EntryType.BENCHMARK, measure)
                            .map(benchmark -> new MeasureEvidence(measure, EvidenceStatus.BENCHMARK_ONLY, benchmark.latest())))
                    .orElse(new MeasureEvidence(measure, EvidenceStatus.MISSING, null));
            measures.add(evidence);
            if (evidence.status() == EvidenceStatus.MISSING) {
                missing.add(measure);
            }
        }
        boolean independent = standing.stream().anyMatch(Evidence::isIndependent);
        return Optional.of(new Scorecard(query.partnershipId(), at.referenceDate(), measures, missing, independent,
                Summary.deploymentOverdueDays(summary.get(), at.referenceDate()), summary.get().version()));
    }

    /** The timeline is in order of occurredOn, then recordedAt: the newest is the last one. */
    private static Optional<Evidence> latest(List<Evidence> standing, EntryType type, OutcomeMeasure measure) {
        Evidence latest = null;
        for (Evidence evidence : standing) {
            if (evidence.row().type() == type && measure.name().equals(evidence.details().path("measure").asString(null))) {
                latest = evidence;
            }
        }
        return Optional.ofNullable(latest);
    }

    private record Evidence(TimelineRow row, JsonNode details) {

        boolean isIndependent() {
            return row.type() == EntryType.INDEPENDENT_VALIDATION
                    || row.type() == EntryType.BENCHMARK && details.path("independent").asBoolean(false);
        }

        LatestEvidence latest() {
            return new LatestEvidence(row.entryId(), row.type(), decimal("value"), details.path("unit").asString(null),
                    decimal("baseline"), row.occurredOn(), isIndependent(), row.source());
        }

        private java.math.BigDecimal decimal(String field) {
            JsonNode value = details.path(field);
            return value.isNumber() ? value.decimalValue() : null;
        }
    }
}
