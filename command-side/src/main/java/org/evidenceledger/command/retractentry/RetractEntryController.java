package org.evidenceledger.command.retractentry;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.evidenceledger.command.web.Recorded;
import org.evidenceledger.command.web.CommandDispatcher;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RetractEntryController {

    private final CommandDispatcher dispatcher;

    public RetractEntryController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Operation(operationId = "retractEntry", summary = "Retract an entry")
    @PostMapping(path = "/api/partnerships/{partnershipId}/retractions", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Recorded> retract(@PathVariable String partnershipId, @Valid @RequestBody RetractEntryRequest body,
                                             HttpServletRequest request) {
        return dispatcher.send(request, partnershipId, body, body::toCommand);
    }
}
