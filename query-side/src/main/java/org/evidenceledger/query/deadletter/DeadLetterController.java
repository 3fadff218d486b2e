package org.evidenceledger.query.deadletter;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Auditors see what the projections could not apply and may have it tried again (role AUDITOR). */
@RestController
public class DeadLetterController {

    private final DeadLetterRepository deadLetters;
    private final DeadLetterRetries retries;

    public DeadLetterController(DeadLetterRepository deadLetters, DeadLetterRetries retries) {
        this.deadLetters = deadLetters;
        this.retries = retries;
    }

    @Operation(operationId = "listDeadLetters", summary = "List events parked by projections")
    @GetMapping("/api/audit/dead-letters")
    public List<ParkedEvent> list() {
        return deadLetters.list();
    }

    @Operation(operationId = "retryDeadLetters", summary = "Retry every parked event")
    @PostMapping("/api/audit/dead-letters/retries")
    public Map<String, Long> retry() {
        return Map.of("remaining", retries.retryAll());
    }
}
