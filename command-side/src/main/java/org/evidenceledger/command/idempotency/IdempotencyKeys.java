package org.evidenceledger.command.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.evidenceledger.platform.web.LedgerProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * API.md's Idempotency-Key at the edge: reads and checks the header, digests the request, and finds the
 * answer given first under the key. Remembering that answer happens in the command's own unit of work
 * ({@link IdempotencyInterceptor}), from the metadata a {@link Claim} puts on the command.
 */
@Component
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyStore store;
    private final JsonMapper jsonMapper;

    public IdempotencyKeys(IdempotencyStore store, JsonMapper jsonMapper) {
        this.store = store;
        this.jsonMapper = jsonMapper;
    }

    /** The request's claim on its key, or null when it carries none. */
    public Claim claim(String account, HttpServletRequest request, Object body) {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return null;
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw LedgerProblem.badParameter(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        return new Claim(account, key, requestHash(request, body));
    }

    /** The first answer given under the claim's key; refused when that answer was to another request. */
    public Optional<StoredAnswer> earlierAnswer(Claim claim) {
        Optional<StoredAnswer> stored = store.find(claim.account(), claim.key());
        if (stored.isPresent() && !stored.get().requestHash().equals(claim.requestHash())) {
            // A client's mistake with the header, not a rule of the domain.
            throw new LedgerProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused with another request",
                    "This Idempotency-Key was used before with a different request.");
        }
        return stored;
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

    /** A request's key and digest, for one account. */
    public record Claim(String account, String key, String requestHash) {

        /** What the command carries so that its unit of work remembers the answer (with the created resource). */
        public Map<String, Object> metaData(String location) {
            Map<String, Object> metaData = new HashMap<>();
            metaData.put(IdempotencyMetadata.KEY, key);
            metaData.put(IdempotencyMetadata.REQUEST_HASH, requestHash);
            if (location != null) {
                metaData.put(IdempotencyMetadata.LOCATION, location);
            }
            return metaData;
        }
    }
}
