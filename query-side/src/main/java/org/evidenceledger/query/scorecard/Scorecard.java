package org.evidenceledger.query.scorecard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.evidenceledger.events.OutcomeMeasure;

/** The evidence a buyer asks for before committing budget (API.md, "For buyers and analysts"). */
public record Scorecard(String partnershipId, LocalDate asOf, List<MeasureEvidence> measures,
                        List<OutcomeMeasure> missing, boolean independentEvidence, @Schema(nullable = true) Long deploymentOverdueDays,
                        @JsonIgnore long version) {

    /** The buyer's five asks, in the order the news item lists them. */
    public static final List<OutcomeMeasure> ASKS = List.of(OutcomeMeasure.DIAGNOSTIC_ACCURACY,
            OutcomeMeasure.TIME_TO_DIAGNOSIS, OutcomeMeasure.CLINICIAN_ADOPTION, OutcomeMeasure.COST_PER_CASE,
            OutcomeMeasure.LATENCY);
}
