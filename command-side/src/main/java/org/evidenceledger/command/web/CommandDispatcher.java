package org.evidenceledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.evidenceledger.command.idempotency.IdempotencyMetadata;
import org.evidenceledger.command.idempotency.IdempotencyStore;
import org.evidenceledger.command.idempotency.StoredAnswer;
import org.evidenceledger.command.partnership.ErrorCode;
import org.evidenceledger.command.partnership.Recorded;
import org.evidenceledger.command.partnership.RuleViolation;
import org.evidenceledger.events.PartnershipId;
import org.evidenceledger.platform.axon.RecordingMetadata;
import org.evidenceledger.platform.storage.FreeSpaceGuard;
import org.evidenceledger.platform.web.LedgerProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a command built by a controller and answers 201 with {@code {partnershipId, entryId, version}}.
 * It stamps who and when, applies If-Match, and answers a repeated Idempotency-Key with the first answer.
 */
@Component
public class CommandDispatcher {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IF_MATCH = "If-Match";
    private static final int MAX_KEY_LENGTH = 200;

    private final CommandGateway commandGateway;
    private final IdempotencyStore idempotencyStore;
    private final IdGenerator ids;
    private final Clock clock;
    private final JsonMapper jsonMapper;
    private final FreeSpaceGuard freeSpace;

    public CommandDispatcher(CommandGateway commandGateway, IdempotencyStore idempotencyStore, IdGenerator ids,
                             Clock clock, JsonMapper jsonMapper, FreeSpaceGuard freeSpace) {
        this.commandGateway = commandGateway;
        this.idempotencyStore = idempotencyStore;
        this.ids = ids;
        this.clock = clock;
        this.jsonMapper = jsonMapper;
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
        String key = idempotencyKey(request);
        String requestHash = key == null ? null : requestHash(request, body);
        if (key != null) {
            Optional<StoredAnswer> stored = idempotencyStore.find(account, key);
            if (stored.isPresent()) {
                return replay(stored.get(), requestHash);
            }
        }
        freeSpace.assertRoomToStore();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Object payload = command.apply(new CommandContext(partnershipId, expectedVersion, today, ids));
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(RecordingMetadata.RECORDED_BY, account);
        metaData.put(RecordingMetadata.RECORDED_AT, now.toString());
        if (key != null) {
            metaData.put(IdempotencyMetadata.KEY, key);
            metaData.put(IdempotencyMetadata.REQUEST_HASH, requestHash);
            if (location != null) {
                metaData.put(IdempotencyMetadata.LOCATION, location);
            }
        }
        try {
            Recorded recorded = commandGateway.sendAndWait(
                    GenericCommandMessage.asCommandMessage(payload).andMetaData(metaData));
            return created(recorded, location);
        } catch (RuntimeException refused) {
            // A concurrent request with the same key may have won meanwhile: its commit makes this one fail
            // (duplicate key, or a rule such as a duplicate entry id), yet the retry is owed the first answer.
            if (key == null) {
                throw refused;
            }
            return replay(idempotencyStore.find(account, key).orElseThrow(() -> refused), requestHash);
        }
    }

    private ResponseEntity<Recorded> replay(StoredAnswer stored, String requestHash) {
        if (!stored.requestHash().equals(requestHash)) {
            throw new RuleViolation(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used before with a different request.");
        }
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

    private static String idempotencyKey(HttpServletRequest request) {
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key == null) {
            return null;
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw LedgerProblem.badParameter(IDEMPOTENCY_KEY, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        return key;
    }

    private String requestHash(HttpServletRequest request, Object body) {
        String canonical = request.getMethod() + " " + request.getRequestURI() + "\n" + jsonMapper.writeValueAsString(body);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
