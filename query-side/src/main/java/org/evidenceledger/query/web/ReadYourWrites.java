package org.evidenceledger.query.web;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.evidenceledger.platform.web.LedgerProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for clients that pass {@code minVersion} (the version a command answered): the
 * query waits, up to ledger.query.read-your-writes-timeout (1 s), until the projection has caught up.
 */
@Component
public class ReadYourWrites {

    public static final String MIN_VERSION = "Read-your-writes: the version a command answered. The query waits, "
            + "up to 1 s, until the read model has reached it, then answers.";
    private static final long POLL_MILLIS = 10;

    private final Duration timeout;

    public ReadYourWrites(@Value("${ledger.query.read-your-writes-timeout:1s}") Duration timeout) {
        this.timeout = timeout;
    }

    public <T> Optional<T> await(Long minVersion, Supplier<Optional<T>> query, ToLongFunction<T> version) {
        if (minVersion != null && minVersion < 0) {
            throw LedgerProblem.badParameter("minVersion", "must be 0 or more");
        }
        Optional<T> answer = query.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (minVersion != null && !reached(answer, minVersion, version) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            answer = query.get();
        }
        return answer;
    }

    private static <T> boolean reached(Optional<T> answer, long minVersion, ToLongFunction<T> version) {
        return answer.isPresent() && version.applyAsLong(answer.get()) >= minVersion;
    }
}
