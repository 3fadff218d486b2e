package org.evidenceledger.command.config;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.evidenceledger.platform.axon.RecordingMetadata;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Stamps every command with who sends it and when (to the microsecond, as the read models keep it),
 * unless the edge already did; the events the command causes carry both in their metadata.
 */
@Component
public class RecordingInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final Clock clock;

    public RecordingInterceptor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, message) -> {
            Map<String, Object> added = new HashMap<>();
            if (!message.getMetaData().containsKey(RecordingMetadata.RECORDED_BY)) {
                added.put(RecordingMetadata.RECORDED_BY, currentUser());
            }
            if (!message.getMetaData().containsKey(RecordingMetadata.RECORDED_AT)) {
                added.put(RecordingMetadata.RECORDED_AT, clock.instant().truncatedTo(ChronoUnit.MICROS).toString());
            }
            return added.isEmpty() ? message : message.andMetaData(added);
        };
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
