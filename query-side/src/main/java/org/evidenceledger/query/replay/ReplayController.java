package org.evidenceledger.query.replay;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Map;
import org.evidenceledger.platform.web.LedgerProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ReplayController {

    private final ReplayService replays;

    public ReplayController(ReplayService replays) {
        this.replays = replays;
    }

    /** 202 with the new replay's id; while one runs, its id again. */
    @Operation(operationId = "startReplay", summary = "Start rebuilding the read models")
    @ApiResponse(responseCode = "202", description = "Started, or already running: the replay's id.",
            headers = @Header(name = "Location", description = "The replay's status: /api/audit/replays/{replayId}.",
                    required = true, schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(type = "object", requiredProperties = "replayId"),
                    schemaProperties = @SchemaProperty(name = "replayId", schema = @Schema(type = "string"))))
    @PostMapping("/api/audit/replays")
    public ResponseEntity<Map<String, String>> start() {
        ReplayStatus status = replays.start();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header("Location", "/api/audit/replays/" + status.replayId())
                .body(Map.of("replayId", status.replayId()));
    }

    @Operation(operationId = "getReplayStatus", summary = "Get a replay's progress")
    @GetMapping("/api/audit/replays/{replayId}")
    public ReplayStatus status(@PathVariable String replayId) {
        return replays.find(replayId).orElseThrow(() -> LedgerProblem.notFound("No replay '" + replayId + "'."));
    }
}
