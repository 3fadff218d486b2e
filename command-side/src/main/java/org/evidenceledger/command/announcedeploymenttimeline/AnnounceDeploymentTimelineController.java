package org.evidenceledger.command.announcedeploymenttimeline;

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
public class AnnounceDeploymentTimelineController {

    private final CommandDispatcher dispatcher;

    public AnnounceDeploymentTimelineController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Operation(operationId = "announceDeploymentTimeline", summary = "Announce a deployment timeline")
    @PostMapping(path = "/api/partnerships/{partnershipId}/deployment-timelines", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Recorded> announce(@PathVariable String partnershipId, @Valid @RequestBody AnnounceDeploymentTimelineRequest body,
                                             HttpServletRequest request) {
        return dispatcher.send(request, partnershipId, body, body::toCommand);
    }
}
