package org.evidenceledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.evidenceledger.command.idempotency.IdempotencyKeys;
import org.evidenceledger.command.idempotency.StoredAnswer;
import org.evidenceledger.command.partnership.Recorded;
import org.evidenceledger.events.PartnershipId;
import org.evidenceledger.platform.axon.RecordingMetadata;
import org.evidenceledger.platform.storage.FreeSpaceGuard;
import org.evidenceledger.platform.web.LedgerProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sends a command built by a controller and answers 201 with {@code {partnershipId, entryId, version}}.
 * It is the one place that stamps who and when (the same instant gives the recording day for dates intake
 * left out), applies If-Match, and answers a repeated Idempotency-Key with the first answer.
 */
@Component
public class CommandDispatcher {

    public static final String IDEMPOTENCY_KEY = IdempotencyKeys.HEADER;
    public static final String IF_MATCH = "If-Match";

    private final CommandGateway commandGateway;
    private final IdempotencyKeys idempotencyKeys;
    private final IdGenerator ids;
    private final Clock clock;
    private final FreeSpaceGuard freeSpace;

    public CommandDispatcher(CommandGateway commandGateway, IdempotencyKeys idempotencyKeys, IdGenerator ids,
                             Clock clock, FreeSpaceGuard freeSpace) {
        this.commandGateway = commandGateway;
        this.idempotencyKeys = idempotencyKeys;
        this.ids = ids;
        this.clock = clock;
        this.freeSpace = freeSpace;
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
        return send(request, partnershipId, "/api/partnerships/" + partnershipId.value(), body, command);
    }

    private ResponseEntity<Recorded> send(HttpServletRequest request, PartnershipId partnershipId, String location,
                                          Object body, Function<CommandContext, Object> command) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String account = SecurityContextHolder.getContext().getAuthentication().getName();
        Long expectedVersion = IfMatch.expectedVersion(request.getHeader(IF_MATCH));
        IdempotencyKeys.Claim claim = idempotencyKeys.claim(account, request, body);
        if (claim != null) {
            Optional<StoredAnswer> earlier = idempotencyKeys.earlierAnswer(claim);
            if (earlier.isPresent()) {
                return created(earlier.get());
            }
        }
        freeSpace.assertRoomToStore();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Object payload = command.apply(new CommandContext(partnershipId, expectedVersion, today, ids));
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(RecordingMetadata.RECORDED_BY, account);
        metaData.put(RecordingMetadata.RECORDED_AT, now.toString());
        if (claim != null) {
            metaData.putAll(claim.metaData(location));
        }
        try {
            Recorded recorded = commandGateway.sendAndWait(
                    GenericCommandMessage.asCommandMessage(payload).andMetaData(metaData));
            return created(recorded, location);
        } catch (RuntimeException refused) {
            // A concurrent request with the same key may have won meanwhile: its commit makes this one fail
            // (duplicate key, or a rule such as a duplicate entry id), yet the retry is owed the first answer.
            if (claim == null) {
                throw refused;
            }
            return created(idempotencyKeys.earlierAnswer(claim).orElseThrow(() -> refused));
        }
    }

    private static ResponseEntity<Recorded> created(StoredAnswer stored) {
        return created(stored.recorded(), stored.location());
    }

    private static ResponseEntity<Recorded> created(Recorded recorded, String location) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.CREATED)
                .eTag("\"" + recorded.version() + "\"");
        if (location != null) {
            response.location(URI.create(location));
        }
        return response.body(recorded);
    }
}
