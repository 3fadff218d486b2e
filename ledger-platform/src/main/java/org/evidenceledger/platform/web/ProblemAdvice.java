package org.evidenceledger.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.axonframework.common.AxonException;
import org.evidenceledger.platform.storage.StorageFailures;
import org.evidenceledger.platform.storage.StorageUnavailableException;
import org.evidenceledger.platform.intake.RefusedValueException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.DataAccessException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Answers malformed and invalid requests with problem+json (API.md, Errors): which field, and
 * what is wrong with it. Nothing here ever answers bad input with a 5xx.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final String INVALID = "Invalid request";

    @ExceptionHandler(LedgerProblem.class)
    public ResponseEntity<Object> ledgerProblem(LedgerProblem problem) {
        return ProblemResponses.entity(problem.status(), problem.title(), problem.getMessage(), problem.errors());
    }

    /**
     * A database that cannot store (full disk, I/O error, no connection) is an outage, not a fault of
     * the request: 503 with Retry-After, for commands and queries alike. Anything else goes on to
     * Spring's own handling.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, AxonException.class,
            CompletionException.class})
    public ResponseEntity<Object> storageUnavailable(RuntimeException failure) {
        if (!StorageFailures.isStorageFailure(failure)) {
            throw failure;
        }
        return ProblemResponses.storageUnavailable();
    }

    @ExceptionHandler(StorageUnavailableException.class)
    public ResponseEntity<Object> noRoom(StorageUnavailableException refused) {
        return ProblemResponses.storageUnavailable();
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(error ->
                errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
        errors.sort((a, b) -> a.field().compareTo(b.field()));
        return ProblemResponses.entity(HttpStatus.BAD_REQUEST, INVALID, describe(errors), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return ProblemResponses.entity(HttpStatus.BAD_REQUEST, INVALID, describe(errors), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return ProblemResponses.entity(HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                        "The request body is over " + BodySizeLimitFilter.LIMIT + " bytes.", List.of());
            }
        }
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                String field = path(jackson);
                String message = message(jackson);
                return ProblemResponses.entity(HttpStatus.BAD_REQUEST, INVALID, field + ": " + message,
                        List.of(new FieldError(field, message)));
            }
        }
        return ProblemResponses.entity(HttpStatus.BAD_REQUEST, "Malformed request body",
                "The request body is not well-formed JSON of the expected shape.", List.of());
    }

    /** Spring's own answers (405, 415, ...) get a type like ours instead of leaving it out. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || ProblemResponses.BLANK_TYPE.equals(problem.getType()))) {
            problem.setType(ProblemResponses.typeOf(statusCode.value()));
        }
        return response;
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        String message = "has an invalid value '" + ex.getValue() + "'";
        return ProblemResponses.entity(HttpStatus.BAD_REQUEST, INVALID, field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    private static String message(JacksonException exception) {
        if (exception instanceof RefusedValueException refused) {
            return refused.reason();
        }
        if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && mismatch.getTargetType().isEnum()) {
            return "must be one of " + Arrays.toString(mismatch.getTargetType().getEnumConstants());
        }
        return "has a value of the wrong type";
    }

    private static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder detail = new StringBuilder();
        for (FieldError error : errors) {
            if (!detail.isEmpty()) {
                detail.append("; ");
            }
            detail.append(error.field()).append(' ').append(error.message());
        }
        return detail.isEmpty() ? "The request is invalid." : detail.toString();
    }
}
