package org.evidenceledger.query.replay;

import java.util.Map;
import org.evidenceledger.platform.web.LedgerProblem;
import org.springframework.http.HttpStatus;
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
    @PostMapping("/api/audit/replays")
    public ResponseEntity<Map<String, String>> start() {
        ReplayStatus status = replays.start();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header("Location", "/api/audit/replays/" + status.replayId())
                .body(Map.of("replayId", status.replayId()));
    }

    @GetMapping("/api/audit/replays/{replayId}")
    public ReplayStatus status(@PathVariable String replayId) {
        return replays.find(replayId).orElseThrow(() -> LedgerProblem.notFound("No replay '" + replayId + "'."));
    }
}
