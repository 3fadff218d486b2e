package org.evidenceledger.command.deployclinically;

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
public class DeployClinicallyController {

    private final CommandDispatcher dispatcher;

    public DeployClinicallyController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Operation(operationId = "deployClinically", summary = "Record a clinical deployment")
    @PostMapping(path = "/api/partnerships/{partnershipId}/deployments", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Recorded> deploy(@PathVariable String partnershipId, @Valid @RequestBody DeployClinicallyRequest body,
                                             HttpServletRequest request) {
        return dispatcher.send(request, partnershipId, body, body::toCommand);
    }
}
