package org.evidenceledger.command.axonserver;

import java.util.Optional;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.MessageHandler;
import org.evidenceledger.command.partnership.Refusal;
import org.evidenceledger.platform.storage.StorageFailures;
import org.evidenceledger.platform.storage.StorageOutage;

/**
 * The local segment of Axon Server's command bus: it handles the commands the server routes to this
 * process. The server carries an exception back to the sender as its messages only, so a refusal is
 * answered as a {@link CommandExecutionException} with its {@link Refusal} as details, which the
 * connector serializes (and a database that could not store, with a {@link StorageOutage}). It wraps the
 * whole unit of work, not just the handler: a race is only found when the events are appended, at commit,
 * after every handler interceptor has returned.
 */
public class RefusalsTravelBack extends SimpleCommandBus {

    public RefusalsTravelBack(Builder builder) {
        super(builder);
    }

    @Override
    protected <C, R> void handle(CommandMessage<C> command, MessageHandler<? super CommandMessage<?>> handler,
                                 CommandCallback<? super C, ? super R> callback) {
        super.handle(command, handler, (CommandCallback<C, R>) (message, result) ->
                callback.onResult(message, withRefusal(result)));
    }

    static <R> CommandResultMessage<? extends R> withRefusal(CommandResultMessage<? extends R> result) {
        if (!result.isExceptional() || result.exceptionResult() instanceof CommandExecutionException) {
            return result;
        }
        Throwable failure = result.exceptionResult();
        Optional<Refusal> refusal = Refusal.of(failure);
        if (refusal.isPresent()) {
            return travelling(result, failure, refusal.get().detail(), refusal.get());
        }
        if (StorageFailures.isStorageFailure(failure)) {
            StorageOutage outage = new StorageOutage("The ledger cannot store anything right now.");
            return travelling(result, failure, outage.detail(), outage);
        }
        return result;
    }

    private static <R> CommandResultMessage<R> travelling(CommandResultMessage<?> result, Throwable failure,
                                                          String message, Object details) {
        return new GenericCommandResultMessage<>(new CommandExecutionException(message, failure, details),
                result.getMetaData());
    }
}
