package org.evidenceledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.evidenceledger.command.idempotency.IdempotencyKeys;
import org.evidenceledger.command.idempotency.IdempotentCommands;
import org.evidenceledger.events.PartnershipId;
import org.evidenceledger.platform.axon.RecordingMetadata;
import org.evidenceledger.platform.operations.CommandAdmission;
import org.evidenceledger.platform.storage.FreeSpaceGuard;
import org.evidenceledger.platform.web.LedgerProblem;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sends a command built by a controller and answers 201 with {@code {partnershipId, entryId, version}},
 * its ETag and, for the announcement, its Location. Idempotency-Key is {@link IdempotentCommands}' part.
 */
@Component
public class CommandDispatcher {

    public static final String IDEMPOTENCY_KEY = IdempotencyKeys.HEADER;
    public static final String IF_MATCH = "If-Match";
    public static final String ANNOUNCE_PATH = "/api/partnerships";

    private final CommandGateway commandGateway;
    private final IdempotentCommands idempotentCommands;
    private final IdGenerator ids;
    private final Clock clock;
    private final FreeSpaceGuard freeSpace;
    private final CommandAdmission admission;
    private final CommandRunner runner;

    public CommandDispatcher(CommandGateway commandGateway, IdempotentCommands idempotentCommands, IdGenerator ids,
                             Clock clock, FreeSpaceGuard freeSpace, CommandAdmission admission,
                             CommandRunner runner) {
        this.commandGateway = commandGateway;
        this.idempotentCommands = idempotentCommands;
        this.ids = ids;
        this.clock = clock;
        this.freeSpace = freeSpace;
        this.admission = admission;
        this.runner = runner;
    }

    /** A command on the partnership named in the path. */
    public ResponseEntity<Recorded> send(HttpServletRequest request, String pathPartnershipId, Object body,
                                         Function<CommandContext, Object> command) {
        if (!PartnershipId.isValid(pathPartnershipId)) {
            throw LedgerProblem.notFound("No partnership '" + pathPartnershipId + "'.");
        }
        return send(request, new PartnershipId(pathPartnershipId), null, body, command);
    }

    /** The announcement, which creates the resource at {@code location}. */
    public ResponseEntity<Recorded> create(HttpServletRequest request, PartnershipId partnershipId, Object body,
                                           Function<CommandContext, Object> command) {
        return send(request, partnershipId, ANNOUNCE_PATH + "/" + partnershipId.value(), body, command);
    }

    private ResponseEntity<Recorded> send(HttpServletRequest request, PartnershipId partnershipId, String location,
                                          Object body, Function<CommandContext, Object> command) {
        RecordingStamp stamp = RecordingStamp.now(SecurityContextHolder.getContext().getAuthentication().getName(), clock);
        Long expectedVersion = IfMatch.expectedVersion(request.getHeader(IF_MATCH));
        CommandLog.partnership(request, partnershipId);
        admission.assertTakingCommands();
        IdempotentCommands.Answer answer = idempotentCommands.send(stamp.account(), request, body, location,
                idempotencyMetaData -> {
                    freeSpace.assertRoomToStore();
                    Object payload = command.apply(new CommandContext(partnershipId, expectedVersion, stamp.day(), ids));
                    CommandMessage<?> message = GenericCommandMessage.asCommandMessage(payload)
                            .andMetaData(stamp.metaData()).andMetaData(idempotencyMetaData);
                    CommandLog.correlation(request, message);
                    return runner.handle(partnershipId, () -> {
                        // whatever the command's handling logs names the command's correlation id too
                        try (MDC.MDCCloseable correlated = MDC.putCloseable(RecordingMetadata.CORRELATION_ID,
                                message.getIdentifier())) {
                            return commandGateway.sendAndWait(message);
                        }
                    });
                });
        CommandLog.replayed(request, answer.replayed());
        return created(answer);
    }

    private static ResponseEntity<Recorded> created(IdempotentCommands.Answer answer) {
        Recorded recorded = Recorded.of(answer.accepted());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.CREATED)
                .eTag("\"" + recorded.version() + "\"");
        if (answer.location() != null) {
            response.location(URI.create(answer.location()));
        }
        return response.body(recorded);
    }
}
