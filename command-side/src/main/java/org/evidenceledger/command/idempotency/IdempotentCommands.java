package org.evidenceledger.command.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.evidenceledger.command.partnership.Accepted;
import org.springframework.stereotype.Component;

/**
 * Sends a command at most once per account and Idempotency-Key (API.md): a repeat is answered with the
 * first answer, and so is a request that lost a race to its own repeat. Without the header it just sends.
 */
@Component
public class IdempotentCommands {

    private final IdempotencyKeys keys;

    public IdempotentCommands(IdempotencyKeys keys) {
        this.keys = keys;
    }

    /**
     * @param location the resource the command creates, or null
     * @param sending  sends the command with the extra metadata given, and waits for the decision
     */
    public Answer send(String account, HttpServletRequest request, Object body, String location,
                       Function<Map<String, Object>, Accepted> sending) {
        IdempotencyKeys.Claim claim = keys.claim(account, request, body);
        if (claim == null) {
            return new Answer(sending.apply(Map.of()), location, false);
        }
        Optional<StoredAnswer> earlier = keys.earlierAnswer(claim);
        if (earlier.isPresent()) {
            return Answer.of(earlier.get());
        }
        try {
            return new Answer(sending.apply(claim.metaData(location)), location, false);
        } catch (RuntimeException refused) {
            // A concurrent request with the same key may have won meanwhile: its commit makes this one fail
            // (duplicate key, or a rule such as a duplicate entry id), yet the retry is owed the first answer.
            return keys.earlierAnswer(claim).map(Answer::of).orElseThrow(() -> refused);
        }
    }

    /**
     * The decision a request is answered with, the resource it created (or null), and whether it is the
     * first answer again (the repeat recorded nothing).
     */
    public record Answer(Accepted accepted, String location, boolean replayed) {

        static Answer of(StoredAnswer stored) {
            return new Answer(stored.accepted(), stored.location(), true);
        }
    }
}
