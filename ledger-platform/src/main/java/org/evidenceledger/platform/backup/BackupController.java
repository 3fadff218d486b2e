package org.evidenceledger.platform.backup;

import io.swagger.v3.oas.annotations.Operation;
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

/** Online backups of the embedded default (role OPERATOR). */
@RestController
public class BackupController {

    private final Backups backups;

    public BackupController(Backups backups) {
        this.backups = backups;
    }

    @Operation(operationId = "startBackup", summary = "Start an online backup of the embedded default")
    @ApiResponse(responseCode = "202", description = "Started: the backup's id.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(type = "object", requiredProperties = "backupId"),
                    schemaProperties = @SchemaProperty(name = "backupId", schema = @Schema(type = "string"))))
    @ApiResponse(responseCode = "409", description = "The ledger runs on PostgreSQL, whose own tools back it up.")
    @PostMapping("/api/admin/backups")
    public ResponseEntity<Map<String, String>> start() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("backupId", backups.start().backupId()));
    }

    @Operation(operationId = "getBackupStatus", summary = "Get a backup's progress")
    @GetMapping("/api/admin/backups/{backupId}")
    public Backup status(@PathVariable String backupId) {
        return backups.find(backupId).orElseThrow(() -> LedgerProblem.notFound("No backup '" + backupId + "'."));
    }
}
