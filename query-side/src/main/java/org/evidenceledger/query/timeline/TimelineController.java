package org.evidenceledger.query.timeline;

import static org.evidenceledger.query.web.ReadYourWrites.MIN_VERSION;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evidenceledger.platform.web.LedgerProblem;
import org.evidenceledger.query.summary.PartnershipController;
import org.evidenceledger.query.time.ReferenceTime;
import org.evidenceledger.query.web.ReadYourWrites;
import org.evidenceledger.query.web.ReferenceTimes;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TimelineController {

    private final QueryGateway queryGateway;
    private final ReferenceTimes referenceTimes;
    private final ReadYourWrites readYourWrites;

    public TimelineController(QueryGateway queryGateway, ReferenceTimes referenceTimes, ReadYourWrites readYourWrites) {
        this.queryGateway = queryGateway;
        this.referenceTimes = referenceTimes;
        this.readYourWrites = readYourWrites;
    }

    /** With minVersion, waits until the timeline holds that many entries beyond the announcement. */
    @GetMapping("/api/partnerships/{partnershipId}/timeline")
    public Timeline timeline(@PathVariable String partnershipId,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                             @Parameter(description = MIN_VERSION) @RequestParam(required = false) Long minVersion) {
        ReferenceTime at = referenceTimes.at(asOf);
        Optional<Timeline> timeline = readYourWrites.await(partnershipId, at, minVersion, () -> queryGateway.query(
                new GetTimeline(partnershipId, at), ResponseTypes.optionalInstanceOf(Timeline.class)).join(),
                found -> found.entries().size() - 1L);
        return timeline.orElseThrow(() -> LedgerProblem.notFound(PartnershipController.notFound(partnershipId, asOf)));
    }
}
