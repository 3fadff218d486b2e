package org.evidenceledger.query.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evidenceledger.query.web.ProjectionCatchUp;
import org.evidenceledger.query.web.ReferenceTimes;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DashboardController {

    private final QueryGateway queryGateway;
    private final ReferenceTimes referenceTimes;
    private final ProjectionCatchUp catchUp;

    public DashboardController(QueryGateway queryGateway, ReferenceTimes referenceTimes, ProjectionCatchUp catchUp) {
        this.queryGateway = queryGateway;
        this.referenceTimes = referenceTimes;
        this.catchUp = catchUp;
    }

    @Operation(operationId = "getDashboard", summary = "Get the dashboard figures")
    @GetMapping("/api/dashboard")
    public Dashboard dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        catchUp.await();
        return queryGateway.query(new GetDashboard(referenceTimes.at(asOf)), ResponseTypes.instanceOf(Dashboard.class))
                .join();
    }
}
