package io.drillbook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A pre-release backup whose result is Debian restic's own {@code backup --json} summary. */
class ResticPreReleaseBackupTest {
    @TempDir
    Path dir;

    @Test
    void theSnapshotIdFromResticsJsonSummaryBecomesTheBackup() throws Exception {
        Optional<Path> restic = ExternalTool.find("restic");
        assumeTrue(restic.isPresent(), "restic not installed (Debian package restic)");
        Path repo = dir.resolve("repo");
        Path passwordFile = Files.writeString(dir.resolve("restic-password"), "not-a-real-secret\n");
        Path data = Files.createDirectories(dir.resolve("files"));
        Files.writeString(data.resolve("orders.csv"), "id,total\n1,9.99\n".repeat(200));
        ExternalTool.Result init = ExternalTool.run(List.of(restic.get().toString(), "-r", repo.toString(), "--password-file",
                passwordFile.toString(), "init"), "");
        assertThat(init.exit()).as(init.output()).isZero();
        Path ws = Files.writeString(dir.resolve("ws.yaml"), """
                systems:
                  - name: files
                    owner: erin
                    tier: 2
                    environments:
                      prod: { rpo: PT24H, rto: PT4H, drillEvery: P90D }
                pipelines:
                  preReleaseBackups:
                    - system: files
                      environment: prod
                      command: restic -r %s --password-file %s backup --json --tag ${backup.id} %s
                      result: { resticJson: true }
                      location: %s
                """.formatted(repo, passwordFile, data, repo));
        try (AppContext ctx = new AppContext(AppConfig.of(dir.resolve("store").toString(), null), Clock.systemUTC())) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            var cl = DrillbookCommand.commandLine(CliContext.of(ctx), new PrintWriter(out, true), new PrintWriter(err, true));
            assertThat(cl.execute("import", "workspace", ws.toString())).isZero();
            out.getBuffer().setLength(0);
            assertThat(cl.execute("backup", "run", "--system", "files", "--env", "prod", "--json")).as(err.toString()).isZero();
            JsonNode json = new ObjectMapper().readTree(out.toString());
            String snapshot = json.get("externalId").asText();
            ExternalTool.Result snapshots = ExternalTool.run(List.of(restic.get().toString(), "-r", repo.toString(), "--password-file",
                    passwordFile.toString(), "snapshots", "--json"), "");
            // restic 0.14 prints the short id in its summary: the snapshot's full id starts with it
            assertThat(snapshot).hasSizeGreaterThanOrEqualTo(8);
            assertThat(snapshots.output()).contains("\"id\":\"" + snapshot, json.get("backupId").asText());
            assertThat(json.get("source").asText()).isEqualTo("RESTIC");
            assertThat(json.get("location").asText()).isEqualTo(repo.toString());
            assertThat(json.get("sizeBytes").asLong()).isEqualTo(Files.size(data.resolve("orders.csv")));
            assertThat(ctx.inventory().backupRepository().byExternalId(new SystemEnv("files", "prod"), snapshot).orElseThrow().source())
                    .isEqualTo(BackupSource.RESTIC);
        }
    }
}
