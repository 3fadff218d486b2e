package org.evidenceledger.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.evidenceledger.platform.web.LedgerProblem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** What auditors read: the raw streams, the whole store as NDJSON, and its verification. */
@RestController
public class AuditController {

    public static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final EventStoreReader reader;
    private final Verifier verifier;
    private final JsonMapper jsonMapper;

    public AuditController(EventStoreReader reader, Verifier verifier, JsonMapper jsonMapper) {
        this.reader = reader;
        this.verifier = verifier;
        this.jsonMapper = jsonMapper;
    }

    @Operation(operationId = "getPartnershipEvents", summary = "Read a partnership's raw event stream")
    @GetMapping("/api/audit/partnerships/{partnershipId}/events")
    public List<AuditEvent> events(@PathVariable String partnershipId) {
        List<AuditEvent> events = reader.stream(partnershipId).stream()
                .map(event -> AuditEvent.of(event, StoredMetaData.read(jsonMapper, event.metaData())))
                .toList();
        if (events.isEmpty()) {
            throw LedgerProblem.notFound("No events for partnership '" + partnershipId + "'.");
        }
        return events;
    }

    /** In leaf order, streamed page by page: memory stays constant whatever the size of the store. */
    @Operation(operationId = "exportEvents", summary = "Export every event as NDJSON")
    @GetMapping("/api/audit/export")
    public ResponseEntity<StreamingResponseBody> export() {
        StreamingResponseBody body = output -> reader.forEachInLeafOrder(event -> writeLine(output, event));
        return ResponseEntity.ok().contentType(NDJSON).body(body);
    }

    @Operation(operationId = "verifyLedger", summary = "Verify every hash of the ledger")
    @GetMapping("/api/audit/verification")
    public VerificationReport verification() {
        return verifier.verify();
    }

    private void writeLine(OutputStream output, StoredEvent event) {
        try {
            output.write(jsonMapper.writeValueAsBytes(ExportedEvent.of(event)));
            output.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
