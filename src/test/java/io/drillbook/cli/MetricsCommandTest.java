package io.drillbook.cli;

import io.drillbook.app.AppContext;
import io.drillbook.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code metrics} on the demo workspace (a real H2 file), checked by Debian's promtool. */
class MetricsCommandTest {
    /** One demo workspace for the class: seeding it is the slow part. */
    @TempDir
    static Path dataDir;
    @TempDir
    Path dir;

    private CliTest.Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), AppContext::open);
        return new CliTest.Run(status, out.toString(), err.toString());
    }

    @Test
    void demoWorkspaceMetricsPassPromtoolAndEndWithEof() throws Exception {
        Optional<Path> promtool = ExternalTool.find("promtool");
        assumeTrue(promtool.isPresent(), "promtool not installed (Debian package prometheus); .ci/run installs it");
        CliTest.Run r = run("--data-dir", dataDir.toString(), "metrics");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).endsWith("# EOF\n")
                .contains("drillbook_backup_last_success_timestamp_seconds{system=\"shop\",environment=\"prod\"}")
                .contains("drillbook_compliance_status{system=\"shop\",environment=\"prod\",metric=\"rpo\",status=\"compliant\"}")
                .contains("drillbook_rpo_target_seconds{system=\"shop\",environment=\"prod\"} 86400");
        ExternalTool.Result check = ExternalTool.run(List.of(promtool.get().toString(), "check", "metrics"), r.out());
        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(check.output()).isBlank();
    }

    @Test
    void promtoolRejectsBrokenTextSoTheCheckAboveCanFail() throws Exception {
        Optional<Path> promtool = ExternalTool.find("promtool");
        assumeTrue(promtool.isPresent(), "promtool not installed (Debian package prometheus)");
        String broken = "# TYPE drillbook_x gauge\ndrillbook_x{system=\"shop\" 1\n# EOF\n";
        assertThat(ExternalTool.run(List.of(promtool.get().toString(), "check", "metrics"), broken).exit()).isNotZero();
    }

    @Test
    void outWritesTheFileAtomicallyAndLeavesNoTempFileBehind() throws Exception {
        Path textfiles = dir.resolve("textfile");
        Path prom = textfiles.resolve("drillbook.prom");
        Files.createDirectories(textfiles);
        Files.writeString(prom, "old\n");
        CliTest.Run r = run("--data-dir", dataDir.toString(), "metrics", "--out", prom.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(prom)).startsWith("# HELP drillbook_metrics_generated_timestamp_seconds").endsWith("# EOF\n");
        try (var files = Files.list(textfiles)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("drillbook.prom");
        }
    }
}
