package org.evidenceledger.endtoend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Reads a text/event-stream on a thread of its own, as a browser's EventSource would, and hands
 * over each event (or comment) as it arrives.
 */
final class ServerSentEvents implements AutoCloseable {

    /** One event of the stream; a comment line comes as an event without name or data. */
    record Event(String name, String data, String comment) {
    }

    private final InputStream body;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    ServerSentEvents(InputStream body) {
        this.body = body;
        this.reader = new Thread(this::read, "sse-test-reader");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** The first event, from now on, that matches; fails after the timeout. */
    Event await(Predicate<Event> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                Event event = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
                if (event == null) {
                    throw new AssertionError("no matching server-sent event within " + timeout);
                }
                if (matching.test(event)) {
                    return event;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String name = null;
            StringBuilder data = null;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (name != null || data != null) {
                        events.add(new Event(name == null ? "message" : name, data == null ? "" : data.toString(), null));
                    }
                    name = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    events.add(new Event(null, null, value(line, 1)));
                } else if (line.startsWith("event:")) {
                    name = value(line, 6);
                } else if (line.startsWith("data:")) {
                    data = data == null ? new StringBuilder() : data.append('\n');
                    data.append(value(line, 5));
                }
            }
        } catch (IOException closed) {
            // The test closed the stream, or the server ended it.
        }
    }

    private static String value(String line, int from) {
        String value = line.substring(from);
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    boolean readerStopped(Duration within) throws InterruptedException {
        reader.join(within.toMillis());
        return !reader.isAlive();
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
