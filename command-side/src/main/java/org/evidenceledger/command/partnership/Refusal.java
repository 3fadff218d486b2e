package org.evidenceledger.command.partnership;

import java.util.Optional;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Why a command was refused, in the form that travels back to the process that sent it. Through Axon
 * Server an exception arrives as its messages only, so a handler in another process sends this as the
 * details of a {@code CommandExecutionException}, and the sender answers exactly as for the exception
 * itself. The detail is safe to show: Axon's own exceptions, which carry SQL, are described in our words.
 */
public record Refusal(ErrorCode code, String detail) {

    /** The refusal a command's failure stands for, if it is one (a rule, an unknown or duplicate id, a race). */
    public static Optional<Refusal> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return Optional.of(new Refusal(violation.code(), violation.getMessage()));
            }
            if (cause instanceof AggregateNotFoundException notFound) {
                return Optional.of(new Refusal(ErrorCode.PARTNERSHIP_NOT_FOUND,
                        "No partnership '" + notFound.getAggregateIdentifier() + "'."));
            }
            if (cause instanceof AggregateStreamCreationException) {
                return Optional.of(new Refusal(ErrorCode.DUPLICATE_PARTNERSHIP,
                        "A partnership with this id is already recorded."));
            }
            if (cause instanceof ConcurrencyException) {
                return Optional.of(new Refusal(ErrorCode.CONCURRENT_CHANGE,
                        "The partnership changed while this command was applied; nothing was recorded. Retry it."));
            }
        }
        return Optional.empty();
    }

    /** The refusal a handler in another process sent back as its exception's details, if it is one. */
    public static Optional<Refusal> carriedBy(HandlerExecutionException remote) {
        return remote.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast);
    }

    /** A race is worth another try on a fresh load; every other refusal would be the same again. */
    public boolean isFinal() {
        return code != ErrorCode.CONCURRENT_CHANGE;
    }
}
