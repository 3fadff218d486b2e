package org.evidenceledger.platform.backup;

import java.util.Map;
import org.evidenceledger.platform.web.LedgerProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Online backups of the embedded default (role OPERATOR). */
@RestController
public class BackupController {

    private final Backups backups;

    public BackupController(Backups backups) {
        this.backups = backups;
    }

    @PostMapping("/api/admin/backups")
    public ResponseEntity<Map<String, String>> start() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("backupId", backups.start().backupId()));
    }

    @GetMapping("/api/admin/backups/{backupId}")
    public Backup status(@PathVariable String backupId) {
        return backups.find(backupId).orElseThrow(() -> LedgerProblem.notFound("No backup '" + backupId + "'."));
    }
}
