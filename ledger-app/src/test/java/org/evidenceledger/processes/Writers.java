package org.evidenceledger.processes;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Intake clients writing benchmarks concurrently to partnerships picked at random, through a list of
 * nodes, each client taking the nodes in turn. Every 201 is kept as an acknowledgement; every other answer is
 * counted by status, per node; a refused connection (a killed node) counts as unreachable.
 */
final class Writers {

    record Ack(URI node, String partnershipId, String entryId, long version) {
    }

    private final LedgerHttp http = new LedgerHttp();
    private final Supplier<List<URI>> nodes;
    private final List<String> partnerships;
    private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
    private final LongAdder unreachable = new LongAdder();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger sent = new AtomicInteger();
    private final ExecutorService clients;

    /** {@code nodes} is asked before every request, so a test can take a killed node out of the rotation. */
    Writers(int clientCount, Supplier<List<URI>> nodes, List<String> partnerships) {
        this.nodes = nodes;
        this.partnerships = partnerships;
        this.clients = Executors.newFixedThreadPool(clientCount);
        for (int client = 0; client < clientCount; client++) {
            int offset = client;
            clients.submit(() -> write(offset));
        }
    }

    private void write(int offset) {
        for (int i = offset; running.get(); i++) {
            List<URI> current = nodes.get();
            URI node = current.get(i % current.size());
            String partnership = partnerships.get(ThreadLocalRandom.current().nextInt(partnerships.size()));
            sent.incrementAndGet();
            try {
                LedgerHttp.Answer answer = http.post(node, "/api/partnerships/" + partnership + "/benchmarks", """
                        {"metric": "AUROC", "value": 0.9, "unit": "ratio", "publishedOn": "2026-07-01",
                         "source": {"url": "https://example.org/papers/race"}}
                        """);
                if (answer.status() == 201) {
                    acks.add(new Ack(node, partnership, answer.json().get("entryId").asString(),
                            answer.json().get("version").asLong()));
                } else {
                    refusals.computeIfAbsent(node + " " + answer.status() + " " + answer.body(), k -> new AtomicInteger())
                            .incrementAndGet();
                }
            } catch (IOException gone) {
                unreachable.increment();
            }
        }
    }

    /** Waits until at least {@code count} commands were acknowledged in all. */
    Writers awaitAcks(int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acks.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + acks.size() + " acknowledgements; refusals " + refusals);
            }
            sleep(5);
        }
        return this;
    }

    Writers stop() {
        running.set(false);
        clients.shutdown();
        try {
            if (!clients.awaitTermination(60, TimeUnit.SECONDS)) {
                throw new AssertionError("writers did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return this;
    }

    List<Ack> acks() {
        return List.copyOf(acks);
    }

    /** Every answer other than 201, as "node status body" and how often it came. */
    Map<String, AtomicInteger> refusals() {
        return refusals;
    }

    long unreachable() {
        return unreachable.sum();
    }

    int sent() {
        return sent.get();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
