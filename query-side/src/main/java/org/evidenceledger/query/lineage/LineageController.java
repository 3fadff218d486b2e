package org.evidenceledger.query.lineage;

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
public class LineageController {

    private final QueryGateway queryGateway;
    private final ReferenceTimes referenceTimes;
    private final ReadYourWrites readYourWrites;

    public LineageController(QueryGateway queryGateway, ReferenceTimes referenceTimes, ReadYourWrites readYourWrites) {
        this.queryGateway = queryGateway;
        this.referenceTimes = referenceTimes;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/api/partnerships/{partnershipId}/lineage")
    public Lineage lineage(@PathVariable String partnershipId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                               @Parameter(description = MIN_VERSION) @RequestParam(required = false) Long minVersion) {
        ReferenceTime at = referenceTimes.at(asOf);
        Optional<Lineage> lineage = readYourWrites.await(partnershipId, at, minVersion, () -> queryGateway.query(
                new GetLineage(partnershipId, at), ResponseTypes.optionalInstanceOf(Lineage.class)).join(),
                Lineage::version);
        return lineage.orElseThrow(() -> LedgerProblem.notFound(PartnershipController.notFound(partnershipId, asOf)));
    }
}
