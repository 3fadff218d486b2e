package org.evidenceledger.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/** Closed-loop load: each client sends its next request as soon as the last one is answered. */
final class HttpLoad {

    record Result(long requests, long failures, double perSecond, Latencies latencies) {
    }

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    HttpLoad(int port) {
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    HttpRequest.Builder request(String path, String account) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(account.getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Runs the clients for the duration; requests(clientIndex) builds each client's next request. */
    Result run(int clients, Duration duration, IntFunction<HttpRequest> requests, int expectedStatus) throws Exception {
        Latencies latencies = new Latencies();
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int index = i;
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long started = System.nanoTime();
                    try {
                        HttpResponse<String> answer = send(requests.apply(index));
                        if (answer.statusCode() != expectedStatus) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - started);
                }
            }, "load-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(latencies.count(), failures.get(), latencies.count() / (duration.toNanos() / 1e9), latencies);
    }
}
