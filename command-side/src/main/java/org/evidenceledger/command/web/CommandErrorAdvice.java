package org.evidenceledger.command.web;

import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.evidenceledger.command.partnership.ErrorCode;
import org.evidenceledger.command.partnership.Refusal;
import org.evidenceledger.command.partnership.RuleViolation;
import org.evidenceledger.platform.storage.StorageFailures;
import org.evidenceledger.platform.storage.StorageOutage;
import org.evidenceledger.platform.web.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place where the business error codes become HTTP answers. Axon's own exceptions carry
 * SQL in their messages, so they are answered with our words, never theirs.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CommandErrorAdvice {

    @ExceptionHandler(RuleViolation.class)
    public ResponseEntity<Object> ruleViolation(RuleViolation violation) {
        return refused(violation);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    public ResponseEntity<Object> notFound(AggregateNotFoundException exception) {
        return refused(exception);
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    public ResponseEntity<Object> duplicate(AggregateStreamCreationException exception) {
        return refused(exception);
    }

    @ExceptionHandler(ConcurrencyException.class)
    public ResponseEntity<Object> concurrent(ConcurrencyException exception) {
        return refused(exception);
    }

    /**
     * A refusal by a handler in another process (through Axon Server) arrives with its {@link Refusal} as
     * details and is answered exactly as in one process, and so does a database there that could not store
     * ({@link StorageOutage}: 503). Anything else goes on to Spring's own handling.
     */
    @ExceptionHandler(CommandExecutionException.class)
    public ResponseEntity<Object> remote(CommandExecutionException exception) {
        Optional<Refusal> refusal = Refusal.carriedBy(exception);
        if (refusal.isPresent()) {
            return answer(refusal.get());
        }
        if (StorageOutage.carriedBy(exception)
                || StorageFailures.isStorageFailure(exception)) {
            return ProblemResponses.storageUnavailable();
        }
        throw exception;
    }

    private static ResponseEntity<Object> refused(RuntimeException exception) {
        return answer(Refusal.of(exception).orElseThrow(() -> exception));
    }

    private static ResponseEntity<Object> answer(Refusal refusal) {
        return ProblemResponses.entity(status(refusal.code()), title(refusal.code()), refusal.detail(), List.of());
    }

    static HttpStatus status(ErrorCode code) {
        return switch (code) {
            case PARTNERSHIP_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case DUPLICATE_PARTNERSHIP, DUPLICATE_ENTRY, CONCURRENT_CHANGE -> HttpStatus.CONFLICT;
            case VERSION_MISMATCH -> HttpStatus.PRECONDITION_FAILED;
            case DATE_BEFORE_ANNOUNCEMENT, OUTCOME_WITHOUT_DEPLOYMENT, UNKNOWN_BUILDS_ON, UNKNOWN_ENTRY,
                 ENTRY_ALREADY_RETRACTED, ENTRY_NOT_RETRACTABLE, PARTNERSHIP_CONCLUDED ->
                    HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    static String title(ErrorCode code) {
        return switch (code) {
            case PARTNERSHIP_NOT_FOUND -> "Partnership not found";
            case DUPLICATE_PARTNERSHIP -> "Partnership already recorded";
            case DUPLICATE_ENTRY -> "Entry id already used";
            case VERSION_MISMATCH -> "Version does not match If-Match";
            case CONCURRENT_CHANGE -> "Concurrent change";
            case DATE_BEFORE_ANNOUNCEMENT -> "Date before the announcement";
            case OUTCOME_WITHOUT_DEPLOYMENT -> "Outcome data without a clinical deployment";
            case UNKNOWN_BUILDS_ON -> "buildsOn names an unknown partnership";
            case UNKNOWN_ENTRY -> "Unknown entry";
            case ENTRY_ALREADY_RETRACTED -> "Entry already retracted";
            case ENTRY_NOT_RETRACTABLE -> "Entry cannot be retracted";
            case PARTNERSHIP_CONCLUDED -> "Partnership concluded";
        };
    }
}
