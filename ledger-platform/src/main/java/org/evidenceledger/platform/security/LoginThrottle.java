package org.evidenceledger.platform.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows password guessing: after {@value #FREE_FAILURES} failed logins in a row for one account from
 * one peer, that pair is refused without a check for a second, then twice as long after each further
 * failure, up to {@value #MAX_LOCK_SECONDS} seconds. A successful login clears it. Refusing rather
 * than sleeping keeps the server's threads free.
 */
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final long MAX_LOCK_SECONDS = 10;
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public LoginThrottle() {
        this(System::nanoTime);
    }

    LoginThrottle(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** How long the pair must still wait, or zero. */
    public Duration lockedFor(String peer, String account) {
        Failures current = failures.get(key(peer, account));
        long remaining = current == null ? 0 : current.lockedUntil - nanoTime.getAsLong();
        return remaining > 0 ? Duration.ofNanos(remaining) : Duration.ZERO;
    }

    /** Records a failure and answers how many in a row the pair now has. */
    public int failed(String peer, String account) {
        if (failures.size() >= MAX_TRACKED) {
            long now = nanoTime.getAsLong();
            failures.values().removeIf(entry -> entry.lockedUntil < now);
        }
        Failures updated = failures.merge(key(peer, account), new Failures(1, 0),
                (previous, ignored) -> previous.next(nanoTime.getAsLong()));
        return updated.count;
    }

    public void succeeded(String peer, String account) {
        failures.remove(key(peer, account));
    }

    private static String key(String peer, String account) {
        return peer + '\n' + account;
    }

    private record Failures(int count, long lockedUntil) {

        Failures next(long now) {
            int count = this.count + 1;
            if (count < FREE_FAILURES) {
                return new Failures(count, 0);
            }
            long seconds = Math.min(1L << Math.min(count - FREE_FAILURES, 10), MAX_LOCK_SECONDS);
            return new Failures(count, now + Duration.ofSeconds(seconds).toNanos());
        }
    }
}
