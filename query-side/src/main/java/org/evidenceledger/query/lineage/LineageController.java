package org.evidenceledger.query.lineage;

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
public class LineageController {

    private final PartnershipReads reads;

    public LineageController(PartnershipReads reads) {
        this.reads = reads;
    }

    @Operation(operationId = "getPartnershipLineage", summary = "Get a partnership's lineage")
    @GetMapping("/api/partnerships/{partnershipId}/lineage")
    public Lineage lineage(@PathVariable String partnershipId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                   @Parameter(description = MIN_VERSION) @RequestParam(required = false) Long minVersion) {
        return reads.read(partnershipId, asOf, minVersion, at -> new GetLineage(partnershipId, at), Lineage.class,
                Lineage::version);
    }
}
