package org.evidenceledger.query.stream;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.time.Duration;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.evidenceledger.query.summary.Summary;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * GET /api/stream: an event named {@code partnership} with the summary each time one changes.
 * The projection only hands updates over; each client is written to on a thread of its own, so a
 * client that stops reading never holds the projection up. One that falls more than
 * {@value #BUFFER} updates behind is disconnected (EventSource clients reconnect by themselves).
 * A comment every 15 s keeps proxies open and finds clients that left; streams end after 30 minutes, or when
 * the process shuts down ({@link OpenStreams}).
 */
@RestController
public class StreamController {

    static final int BUFFER = 1024;
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Duration MAX_STREAM = Duration.ofMinutes(30);

    private final QueryGateway queryGateway;
    private final OpenStreams openStreams;

    public StreamController(QueryGateway queryGateway, OpenStreams openStreams) {
        this.queryGateway = queryGateway;
        this.openStreams = openStreams;
    }

    @Operation(operationId = "streamPartnershipChanges", summary = "Stream changed summaries (Server-Sent Events)")
    @GetMapping(path = "/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream() throws IOException {
        SseEmitter emitter = new SseEmitter(MAX_STREAM.toMillis());
        SubscriptionQueryResult<String, Summary> subscription = queryGateway.subscriptionQuery(
                new WatchPartnerships(), ResponseTypes.instanceOf(String.class), ResponseTypes.instanceOf(Summary.class));
        Flux<SseEmitter.SseEventBuilder> changes = subscription.updates()
                .onBackpressureBuffer(BUFFER, dropped -> { }, BufferOverflowStrategy.ERROR)
                .map(summary -> SseEmitter.event()
                        .name("partnership")
                        .id(summary.partnershipId() + "@" + summary.version())
                        .data(summary, MediaType.APPLICATION_JSON));
        Flux<SseEmitter.SseEventBuilder> heartbeats = Flux.interval(HEARTBEAT)
                .onBackpressureDrop()
                .map(tick -> SseEmitter.event().comment("keep-alive"));
        Disposable writing = Flux.merge(changes, heartbeats)
                .publishOn(Schedulers.boundedElastic())
                .subscribe(event -> send(emitter, event), emitter::completeWithError, emitter::complete);
        Runnable cleanup = () -> {
            writing.dispose();
            subscription.cancel();
            openStreams.remove(emitter);
        };
        openStreams.add(emitter);
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
}
