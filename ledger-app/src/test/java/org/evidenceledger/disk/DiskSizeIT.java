package org.evidenceledger.disk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The embedded default stays small with its durable settings: {@value #EVENTS} events recorded over
 * HTTP by {@value #CLIENTS} clients (a tenth of them announcements, half with an Idempotency-Key) take at
 * most {@value #MAX_BYTES_PER_EVENT} bytes each on disk, everything in the data directory counted: events,
 * read models (both slots), idempotency records, tokens. The file is compacted while the service runs, so
 * the size is read once a compaction has had its turn.
 */
class DiskSizeIT {

    private static final int EVENTS = 3000;
    private static final int CLIENTS = 8;
    private static final long MAX_BYTES_PER_EVENT = 4000;

    @Test
    void threeThousandEventsTakeAtMostFourThousandBytesEachOnDisk() throws Exception {
        Path data = LedgerJar.directoryUnderTarget("disk-size").resolve("data");
        try (LedgerJar ledger = LedgerJar.start(data, Path.of(data.getParent() + ".log"))) {
            record(ledger);
            long events = ledger.audit("/api/audit/verification").path("events").asLong();
            assertThat(events).isEqualTo(EVENTS);

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            long bytes = bytesOnDisk(data);
            while (bytes > MAX_BYTES_PER_EVENT * events && System.nanoTime() < deadline) {
                LedgerJar.sleep(Duration.ofSeconds(1));
                bytes = bytesOnDisk(data);
            }
            System.out.printf("DiskSizeIT: %d events, %d bytes in %s, %d bytes per event%n",
                    events, bytes, data, bytes / events);
            assertThat(bytes / events).as("bytes on disk per event").isLessThanOrEqualTo(MAX_BYTES_PER_EVENT);
        }
    }

    private static void record(LedgerJar ledger) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            Future<?>[] done = new Future<?>[CLIENTS];
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                done[c] = clients.submit(() -> {
                    String partnership = null;
                    for (int n = next.getAndIncrement(), k = 0; n < EVENTS; n = next.getAndIncrement(), k++) {
                        HttpResponse<String> answer;
                        String key = n % 2 == 0 ? "size-" + n : null;
                        if (k % 10 == 0) {
                            partnership = "size-" + client + "-" + n;
                            answer = ledger.command("/api/partnerships", LedgerJar.announcement(partnership), key);
                        } else {
                            answer = ledger.command("/api/partnerships/" + partnership + "/benchmarks",
                                    LedgerJar.benchmark(), key);
                        }
                        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
                    }
                    return null;
                });
            }
            for (Future<?> client : done) {
                client.get(10, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static long bytesOnDisk(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
