package org.evidenceledger.query.stream;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live streams being written. On shutdown they are completed first, before the web server waits for the
 * requests in flight: a stream is a request that never ends by itself, and would hold the shutdown for its
 * whole timeout. EventSource clients reconnect by themselves, to a process that is ready.
 */
@Component
public class OpenStreams implements SmartLifecycle {

    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    void add(SseEmitter emitter) {
        open.add(emitter);
    }

    /** A stream that completed, timed out or failed. */
    void remove(SseEmitter emitter) {
        open.remove(emitter);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        for (SseEmitter emitter : open) {
            emitter.complete();
        }
        open.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 2;
    }
}
