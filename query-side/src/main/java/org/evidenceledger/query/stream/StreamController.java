package org.evidenceledger.query.stream;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.evidenceledger.query.summary.Summary;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;

/**
 * GET /api/stream: an event named {@code partnership} with the summary each time one changes.
 * A comment every 15 s keeps proxies open and finds clients that left; their subscription is then
 * cancelled. Streams end after 30 minutes; EventSource clients reconnect by themselves.
 */
@RestController
public class StreamController implements DisposableBean {

    private static final long HEARTBEAT_SECONDS = 15;
    private static final Duration MAX_STREAM = Duration.ofMinutes(30);

    private final QueryGateway queryGateway;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sse-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    public StreamController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping(path = "/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream() throws IOException {
        SseEmitter emitter = new SseEmitter(MAX_STREAM.toMillis());
        SubscriptionQueryResult<String, Summary> subscription = queryGateway.subscriptionQuery(
                new WatchPartnerships(), ResponseTypes.instanceOf(String.class), ResponseTypes.instanceOf(Summary.class));
        AtomicBoolean closed = new AtomicBoolean();
        Disposable updates = subscription.updates().subscribe(
                summary -> send(emitter, SseEmitter.event().name("partnership").id(summary.partnershipId() + "@" + summary.version()).data(summary, MediaType.APPLICATION_JSON)),
                emitter::completeWithError,
                emitter::complete);
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(
                () -> send(emitter, SseEmitter.event().comment("keep-alive")),
                HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        Runnable cleanup = () -> {
            if (closed.compareAndSet(false, true)) {
                heartbeat.cancel(false);
                updates.dispose();
                subscription.cancel();
            }
        };
        emitter.onCompletion(cleanup);
        emitter.onTimeout(cleanup);
        emitter.onError(error -> cleanup.run());
        emitter.send(SseEmitter.event().comment("watching partnerships"));
        return emitter;
    }

    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
        }
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
    }
}
