package org.evidenceledger.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.evidenceledger.platform.web.LedgerProblem;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

class BackupsTest {

    @Test
    void onPostgreSql_aBackupIsRefusedWithAProblemNamingTheDatabasesOwnTools() {
        Path dir = TestDataDirectories.create("backups-postgres");
        Backups backups = new Backups(null, null, dir.resolve("backups"), dir, DataSize.ofMegabytes(8),
                "jdbc:postgresql://db.example:5432/ledger", Clock.systemUTC());

        assertThatThrownBy(backups::start).isInstanceOfSatisfying(LedgerProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(problem.getMessage()).contains("pg_basebackup", "pg_dump");
        });
    }

    @Test
    void restoreRefusesADirectoryThatHoldsAnything_andAMissingBackup() throws Exception {
        Path dir = TestDataDirectories.create("restore-refusals");
        Path backup = Files.writeString(dir.resolve("backup.zip"), "not used");
        Files.writeString(Files.createDirectories(dir.resolve("ledger")).resolve("ledger.mv.db"), "a ledger");
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(said, true, StandardCharsets.UTF_8);

        assertThat(Restore.run(new String[] {"restore", "--from=" + backup, "--ledger.data-dir=" + dir.resolve("ledger")},
                out)).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("ledger").resolve("ledger.mv.db"))).isEqualTo("a ledger");
        assertThat(Restore.run(new String[] {"restore", "--from=" + dir.resolve("none.zip"),
                "--ledger.data-dir=" + dir.resolve("new")}, out)).isEqualTo(2);
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("is not empty", "must name a backup file");
    }
}
