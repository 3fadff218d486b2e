package org.evidenceledger.query.organizations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Objects;
import org.evidenceledger.platform.web.LedgerProblem;
import org.evidenceledger.query.csv.CsvTable;
import org.evidenceledger.query.time.ReferenceTime;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
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

    private static final List<String> CSV_HEADER = Arrays.stream(Organization.class.getRecordComponents())
            .map(RecordComponent::getName).toList();

    private final QueryGateway queryGateway;
    private final ReferenceTimes referenceTimes;
    private final ProjectionCatchUp catchUp;

    public OrganizationController(QueryGateway queryGateway, ReferenceTimes referenceTimes, ProjectionCatchUp catchUp) {
        this.queryGateway = queryGateway;
        this.referenceTimes = referenceTimes;
        this.catchUp = catchUp;
    }

    /** Every organization, worst first; with {@code Accept: text/csv}, the same rows as CSV. */
    @Operation(operationId = "listOrganizations", summary = "Rank organizations by days without outcome data")
    @GetMapping(path = "/api/organizations", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @ApiResponse(responseCode = "200", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(implementation = Organization.class))),
        @Content(mediaType = "text/csv")})
    public ResponseEntity<Object> organizations(
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        ReferenceTime at = referenceTimes.at(asOf);
        catchUp.await();
        List<Organization> organizations = queryGateway.query(new FindOrganizations(at),
                ResponseTypes.instanceOf(OrganizationRanking.class)).join().organizations();
        if (CsvTable.wanted(accept)) {
            return CsvTable.answer(CSV_HEADER, row -> organizations.forEach(organization -> row.accept(List.of(
                    organization.name(), organization.partnerships(), organization.withOutcomeData(),
                    organization.withoutOutcomeData(), Objects.toString(organization.medianDaysWithoutOutcomeData(), "")))));
        }
        return ResponseEntity.ok(organizations);
    }

    /** An organization's track record; 404 for a name in no partnership. */
    @Operation(operationId = "getOrganizationRecord", summary = "Get an organization's track record")
    @GetMapping("/api/organizations/{name}")
    public OrganizationRecord organization(@PathVariable String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        ReferenceTime at = referenceTimes.at(asOf);
        catchUp.await();
        return queryGateway.query(new GetOrganizationRecord(name, at),
                        ResponseTypes.optionalInstanceOf(OrganizationRecord.class)).join()
                .orElseThrow(() -> LedgerProblem.notFound("No partnership names the organization '" + name + "'"
                        + (asOf == null ? "." : " as of " + asOf + ".")));
    }
}
