package org.evidenceledger.platform.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A refusal the service states itself: the status, a short title and a detail safe to show. */
public class LedgerProblem extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<FieldError> errors;

    public LedgerProblem(HttpStatus status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public LedgerProblem(HttpStatus status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static LedgerProblem badParameter(String field, String message) {
        return new LedgerProblem(HttpStatus.BAD_REQUEST, "Invalid request", field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static LedgerProblem notFound(String detail) {
        return new LedgerProblem(HttpStatus.NOT_FOUND, "Not found", detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
