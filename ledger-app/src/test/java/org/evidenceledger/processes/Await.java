package org.evidenceledger.processes;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls for a condition that must come about, with a deadline far beyond the 10 s claim timeout. */
final class Await {

    private Await() {
    }

    static <T> T until(Supplier<T> condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            T value = condition.get();
            if (value != null) {
                return value;
            }
            Writers.sleep(250);
        }
        throw new AssertionError("never came: " + what);
    }
}
