package org.evidenceledger.command.announcepartnership;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.evidenceledger.command.web.Recorded;
import org.evidenceledger.command.web.CommandDispatcher;
import org.evidenceledger.command.web.IdGenerator;
import org.evidenceledger.events.PartnershipId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AnnouncePartnershipController {

    private final CommandDispatcher dispatcher;
    private final IdGenerator ids;

    public AnnouncePartnershipController(CommandDispatcher dispatcher, IdGenerator ids) {
        this.dispatcher = dispatcher;
        this.ids = ids;
    }

    @Operation(operationId = "announcePartnership", summary = "Announce a partnership")
    @PostMapping(path = "/api/partnerships", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Recorded> announce(@Valid @RequestBody AnnouncePartnershipRequest body,
                                             HttpServletRequest request) {
        PartnershipId id = body.partnershipId() == null
                ? ids.partnershipId(body.title())
                : new PartnershipId(body.partnershipId());
        return dispatcher.create(request, id, body, context -> body.toCommand(id));
    }
}
