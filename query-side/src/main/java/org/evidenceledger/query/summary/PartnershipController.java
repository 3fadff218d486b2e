package org.evidenceledger.query.summary;

import static org.evidenceledger.query.web.ReadYourWrites.MIN_VERSION;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evidenceledger.platform.web.LedgerProblem;
import org.evidenceledger.query.csv.CsvTable;
import org.evidenceledger.query.web.PartnershipReads;
import org.evidenceledger.query.web.ProjectionCatchUp;
import org.evidenceledger.query.web.ReferenceTimes;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PartnershipController {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 200;

    private final QueryGateway queryGateway;
    private final ReferenceTimes referenceTimes;
    private final PartnershipReads reads;
    private final ProjectionCatchUp catchUp;
    private final PartnershipCsv csv;

    public PartnershipController(QueryGateway queryGateway, ReferenceTimes referenceTimes, PartnershipReads reads,
                                 ProjectionCatchUp catchUp, PartnershipCsv csv) {
        this.queryGateway = queryGateway;
        this.referenceTimes = referenceTimes;
        this.reads = reads;
        this.catchUp = catchUp;
        this.csv = csv;
    }

    /** JSON pages by default; with {@code Accept: text/csv}, every matching row, unpaged and streamed. */
    @Operation(operationId = "listPartnerships", summary = "List partnerships, worst first")
    @GetMapping(path = "/api/partnerships", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @ApiResponse(responseCode = "200", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PartnershipPage.class)),
        @Content(mediaType = "text/csv")})
    public ResponseEntity<Object> list(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                @RequestParam(required = false) Stage stage,
                                @Parameter(description = "An organization's name, case-insensitive.") @RequestParam(required = false) String party,
                                @RequestParam(required = false) EvidenceGap gap,
                                @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "0"))
                                @RequestParam(required = false) Integer minDaysWithoutOutcomeData,
                                @Parameter(schema = @Schema(type = "string", allowableValues = {"daysWithoutOutcomeData", "announcedOn", "title"},
                                        defaultValue = "daysWithoutOutcomeData"))
                                @RequestParam(defaultValue = "daysWithoutOutcomeData") String sort,
                                @Parameter(schema = @Schema(type = "string", allowableValues = {"asc", "desc"}, defaultValue = "desc"))
                                @RequestParam(defaultValue = "desc") String order,
                                @Parameter(description = "From 0.", schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0"))
                                @RequestParam(defaultValue = "0") int page,
                                @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + MAX_SIZE,
                                        defaultValue = "" + DEFAULT_SIZE))
                                @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        SortField sortField = SortField.fromParameter(sort).orElseThrow(() -> LedgerProblem.badParameter("sort",
                "must be one of daysWithoutOutcomeData, announcedOn, title"));
        if (!order.equals("asc") && !order.equals("desc")) {
            throw LedgerProblem.badParameter("order", "must be asc or desc");
        }
        if (page < 0) {
            throw LedgerProblem.badParameter("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw LedgerProblem.badParameter("size", "must be from 1 to " + MAX_SIZE);
        }
        if (minDaysWithoutOutcomeData != null && minDaysWithoutOutcomeData < 0) {
            throw LedgerProblem.badParameter("minDaysWithoutOutcomeData", "must be 0 or more");
        }
        String partyName = party == null || party.isBlank() ? null : party;
        catchUp.await();
        PartnershipFilter filter = new PartnershipFilter(stage, partyName, gap, minDaysWithoutOutcomeData, sortField,
                order.equals("desc"), page, size);
        if (CsvTable.wanted(accept)) {
            return csv.of(filter, referenceTimes.at(asOf));
        }
        return ResponseEntity.ok(queryGateway.query(new FindPartnerships(filter, referenceTimes.at(asOf)),
                ResponseTypes.instanceOf(PartnershipPage.class)).join());
    }

    @Operation(operationId = "getPartnershipSummary", summary = "Get a partnership's summary")
    @GetMapping("/api/partnerships/{partnershipId}")
    public ResponseEntity<Summary> get(@PathVariable String partnershipId,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                       @Parameter(description = MIN_VERSION) @RequestParam(required = false) Long minVersion) {
        Summary summary = reads.read(partnershipId, asOf, minVersion, at -> new GetPartnershipSummary(partnershipId, at),
                Summary.class, Summary::version);
        return ResponseEntity.ok().eTag("\"" + summary.version() + "\"").body(summary);
    }
}
