package org.evidenceledger.query.timeline;

import static org.evidenceledger.query.web.ReadYourWrites.MIN_VERSION;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import org.evidenceledger.query.web.PartnershipReads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TimelineController {

    private final PartnershipReads reads;

    public TimelineController(PartnershipReads reads) {
        this.reads = reads;
    }

    /** With minVersion, waits until the timeline holds that many entries beyond the announcement. */
    @Operation(operationId = "getPartnershipTimeline", summary = "Get a partnership's timeline")
    @GetMapping("/api/partnerships/{partnershipId}/timeline")
    public Timeline timeline(@PathVariable String partnershipId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                   @Parameter(description = MIN_VERSION) @RequestParam(required = false) Long minVersion) {
        return reads.read(partnershipId, asOf, minVersion, at -> new GetTimeline(partnershipId, at), Timeline.class,
                found -> found.entries().size() - 1L);
    }
}
