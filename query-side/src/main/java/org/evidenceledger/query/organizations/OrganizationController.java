package org.evidenceledger.query.organizations;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evidenceledger.query.web.ProjectionCatchUp;
import org.evidenceledger.query.web.ReferenceTimes;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrganizationController {

    private final QueryGateway queryGateway;
    private final ReferenceTimes referenceTimes;
    private final ProjectionCatchUp catchUp;

    public OrganizationController(QueryGateway queryGateway, ReferenceTimes referenceTimes, ProjectionCatchUp catchUp) {
        this.queryGateway = queryGateway;
        this.referenceTimes = referenceTimes;
        this.catchUp = catchUp;
    }

    /** Every organization, worst first. */
    @GetMapping("/api/organizations")
    public List<Organization> organizations(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        catchUp.await();
        return queryGateway.query(new FindOrganizations(referenceTimes.at(asOf)),
                ResponseTypes.instanceOf(OrganizationRanking.class)).join().organizations();
    }
}
