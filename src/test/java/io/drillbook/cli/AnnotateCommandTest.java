package io.drillbook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.testing.ExternalTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code annotate} on a real H2 store: newest good and newest verified backup as drillbook.io/ annotations. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnotateCommandTest {
    private static final SystemEnv SHOP = new SystemEnv("shop", "prod");
    @TempDir
    static Path dir;
    private AppContext ctx;

    @BeforeAll
    void open() {
        ctx = new AppContext(AppConfig.of(dir.resolve("data").toString(), null), Clock.systemUTC());
        ctx.inventory().backupRepository().addAll(List.of(
                backup("older", "2026-12-01T01:00:00Z", BackupStatus.SUCCEEDED, "/b/it's old.sql"),
                backup("newer", "2026-12-02T01:00:00Z", BackupStatus.SUCCEEDED, "/b/newer.sql"),
                backup("failed", "2026-12-03T01:00:00Z", BackupStatus.FAILED, "")));
        ctx.inventory().backupRepository().markVerified(SHOP, "older");
    }

    @AfterAll
    void close() {
        ctx.close();
    }

    private static Backup backup(String id, String done, BackupStatus status, String location) {
        Instant at = Instant.parse(done);
        return new Backup(SHOP, BackupSource.LOCAL, id, at.minusSeconds(60), at, status, 10, status == BackupStatus.SUCCEEDED ? "sha256:" + id : "",
                location, false, null, false);
    }

    private CliTest.Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DrillbookCommand.commandLine(CliContext.of(ctx), new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliTest.Run(status, out.toString(), err.toString());
    }

    @Test
    void kubectlFormatGivesOneQuotedKeyValuePerLineThatXargsPassesThroughIntact() throws Exception {
        CliTest.Run r = run("annotate", "--system", "shop", "--env", "prod", "--format", "kubectl");
        assertThat(r.status()).as(r.err()).isZero();
        ExternalTool.Result args = ExternalTool.run(List.of("xargs", "printf", "%s\\n"), r.out());
        assertThat(args.output().lines().toList()).contains(
                "drillbook.io/backup-id=newer", "drillbook.io/backup-time=2026-12-02T01:00:00Z",
                "drillbook.io/backup-checksum=sha256:newer", "drillbook.io/backup-location=/b/newer.sql",
                "drillbook.io/verified-backup-id=older", "drillbook.io/verified-backup-location=/b/it's old.sql");
    }

    @Test
    void jsonIsAMergePatchAndYamlAMetadataBlockWithTheSameAnnotations() throws Exception {
        JsonNode patch = new ObjectMapper().readTree(run("annotate", "--system", "shop", "--env", "prod", "--format", "json").out());
        JsonNode yaml = new YAMLMapper().readTree(run("annotate", "--system", "shop", "--env", "prod", "--format", "yaml").out());
        assertThat(patch.at("/metadata/annotations/drillbook.io~1backup-id").asText()).isEqualTo("newer");
        assertThat(yaml).isEqualTo(patch);
    }

    @Test
    void aTargetWithoutGoodBackupExitsOne() {
        CliTest.Run r = run("annotate", "--system", "crm", "--env", "prod");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("annotate: no good backup of crm/prod is recorded");
    }
}
