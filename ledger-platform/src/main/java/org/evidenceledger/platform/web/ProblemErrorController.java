package org.evidenceledger.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every error that reaches the servlet container's error page (a {@code sendError} from a filter,
 * an exception no advice answered) is answered as problem+json, never with Spring Boot's own
 * error document; asked for directly, {@code /error} is simply not a resource.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    public ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null || !status.isError()) {
            return ProblemResponses.entity(HttpStatus.NOT_FOUND, "Not found", "No resource at this path.", List.of());
        }
        String detail = status.is5xxServerError()
                ? "The service could not answer this request; nothing was recorded by it."
                : "The request was refused: " + status.getReasonPhrase() + ".";
        return ProblemResponses.entity(status, status.getReasonPhrase(), detail, List.of());
    }
}
