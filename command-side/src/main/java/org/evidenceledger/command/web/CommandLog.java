package org.evidenceledger.command.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.evidenceledger.events.PartnershipId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Every command request, whatever answers it (the aggregate, a rule, validation, the idempotency store, a
 * full disk, a shutdown), is timed once in {@code ledger.commands} (Prometheus {@code ledger_commands_seconds},
 * tags {@code command} and {@code outcome}) and logged once at INFO with {@code correlationId},
 * {@code partnershipId}, {@code command}, {@code outcome} and {@code durationMs} as key-value pairs, fields of
 * their own in structured logs. The correlation id is the one every event of the command carries (API.md,
 * audit), so a log line leads to the audit trail.
 */
@Component
public class CommandLog implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(CommandLog.class);
    private static final String STARTED = CommandLog.class.getName() + ".started";
    private static final String PARTNERSHIP_ID = CommandLog.class.getName() + ".partnershipId";
    private static final String CORRELATION_ID = CommandLog.class.getName() + ".correlationId";
    private static final String REPLAYED = CommandLog.class.getName() + ".replayed";

    private final MeterRegistry registry;

    public CommandLog(MeterRegistry registry) {
        this.registry = registry;
    }

    static void partnership(HttpServletRequest request, PartnershipId partnershipId) {
        request.setAttribute(PARTNERSHIP_ID, partnershipId.value());
    }

    /** The command's message id: Axon's correlation data makes it the correlationId of every event it records. */
    static void correlation(HttpServletRequest request, CommandMessage<?> message) {
        request.setAttribute(CORRELATION_ID, message.getIdentifier());
    }

    static void replayed(HttpServletRequest request, boolean replayed) {
        request.setAttribute(REPLAYED, replayed);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (isCommand(handler)) {
            request.setAttribute(STARTED, System.nanoTime());
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        if (!(request.getAttribute(STARTED) instanceof Long started) || !(handler instanceof HandlerMethod method)) {
            return;
        }
        long nanos = System.nanoTime() - started;
        String command = commandName(method);
        String outcome = outcome(response.getStatus(), failure, Boolean.TRUE.equals(request.getAttribute(REPLAYED)));
        Timer.builder("ledger.commands")
                .description("Commands from request to answer, by command and outcome")
                .tag("command", command)
                .tag("outcome", outcome)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        Object partnershipId = request.getAttribute(PARTNERSHIP_ID) != null ? request.getAttribute(PARTNERSHIP_ID)
                : pathVariables(request).get("partnershipId");
        Object correlationId = request.getAttribute(CORRELATION_ID);
        long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
        log.atInfo()
                .addKeyValue("command", command)
                .addKeyValue("partnershipId", partnershipId)
                .addKeyValue("outcome", outcome)
                .addKeyValue("status", response.getStatus())
                .addKeyValue("durationMs", millis)
                .addKeyValue("correlationId", correlationId)
                .log("{} {} {} ({}) in {} ms, correlationId {}", command, partnershipId, outcome, response.getStatus(),
                        millis, correlationId);
    }

    /** accepted, replayed (an Idempotency-Key's first answer again), refused (4xx), unavailable (503), failed. */
    static String outcome(int status, Exception failure, boolean replayed) {
        if (failure != null || status >= 500 && status != 503) {
            return "failed";
        }
        if (status == 503) {
            return "unavailable";
        }
        if (status >= 400) {
            return "refused";
        }
        return replayed ? "replayed" : "accepted";
    }

    /** The command controllers are named after their command (STYLE.md): PublishBenchmarkController. */
    private static String commandName(HandlerMethod method) {
        return method.getBeanType().getSimpleName().replaceFirst("Controller$", "");
    }

    private static boolean isCommand(Object handler) {
        return handler instanceof HandlerMethod method && method.hasMethodAnnotation(PostMapping.class)
                && method.getBeanType().getPackageName().startsWith("org.evidenceledger.command");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
