package io.drillbook.cli;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export report} as a standalone command on a real store, and {@code verify BUNDLE} through the CLI. */
class ReportCliTest {
    @TempDir
    Path dataDir;

    record Run(int status, String out, String err) {
    }

    Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), AppContext::open);
        return new Run(status, out.toString(), err.toString());
    }

    Run exportReport(String... args) {
        try (AppContext ctx = new AppContext(new AppConfig(dataDir, null, "tester"), Clock.systemUTC())) {
            ctx.seedDemoIfEmpty();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cmd = new CommandLine(new ExportReportCommand(() -> ctx.reports().exporter()));
            cmd.setOut(new PrintWriter(out, true));
            cmd.setErr(new PrintWriter(err, true));
            return new Run(cmd.execute(args), out.toString(), err.toString());
        }
    }

    private String[] period(String format, Path out) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new String[] {"--from", today.minusDays(400).toString(), "--to", today.plusDays(1).toString(),
            "--format", format, "--out", out.toString()};
    }

    @Test
    void exportedBundleVerifiesAndATamperedOneIsNamedWithExitOne() throws Exception {
        Path bundle = dataDir.resolve("q.zip");
        Run export = exportReport(period("bundle", bundle));
        assertThat(export.status()).as(export.err()).isZero();
        Run ok = cli("verify", bundle.toString(), "--data-dir", dataDir.toString());
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("OK:");

        Path tampered = dataDir.resolve("tampered.zip");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(bundle));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(tampered))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(e.getName().equals("csv/report.csv") ? "fact,value\r\n".getBytes() : content);
                out.closeEntry();
            }
        }
        Run bad = cli("verify", tampered.toString(), "--data-dir", dataDir.toString());
        assertThat(bad.status()).as(bad.out() + bad.err()).isEqualTo(1);
        assertThat(bad.err()).contains("file csv/report.csv does not match");
    }

    @Test
    void everyFormatIsWrittenWhereAsked() {
        for (String format : new String[] {"pdf", "json", "html", "csv"}) {
            Path out = dataDir.resolve("out/report-" + format);
            Run r = exportReport(period(format, out));
            assertThat(r.status()).as(format + ": " + r.err()).isZero();
            assertThat(out).exists();
        }
        assertThat(dataDir.resolve("out/report-csv/drills.csv")).exists();
    }

    @Test
    void archivedEvidenceLeavesALiveChainThatStillVerifiesAndAnArchiveThatVerifies() throws Exception {
        Path archive = dataDir.resolve("archive");
        Run archived;
        try (AppContext ctx = new AppContext(new AppConfig(dataDir, null, "tester"), Clock.systemUTC())) {
            ctx.seedDemoIfEmpty();
            ctx.platform().evidenceLog().record("release.changed", "REL-1", java.util.Map.of());
            StringWriter out = new StringWriter();
            CommandLine cmd = new CommandLine(new ArchiveEvidenceCommand(() -> ctx.reports().retention()));
            cmd.setOut(new PrintWriter(out, true));
            archived = new Run(cmd.execute("--before", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString(),
                    "--out", archive.toString()), out.toString(), "");
            ctx.platform().evidenceLog().record("release.changed", "REL-2", java.util.Map.of());
        }
        assertThat(archived.status()).isZero();
        assertThat(archived.out()).contains("Archived events up to");
        Path bundle;
        try (var files = Files.list(archive)) {
            bundle = files.findFirst().orElseThrow();
        }
        assertThat(cli("verify", bundle.toString(), "--data-dir", dataDir.toString()).status()).isZero();
        Run live = cli("verify", "--data-dir", dataDir.toString());
        assertThat(live.status()).as(live.err()).isZero();
        // REL-2, plus the enrolment of the CLI's own operator on first contact with the workspace.
        assertThat(live.out()).startsWith("OK: ").doesNotContain("OK: 0 events");
    }

    @Test
    void unknownFormatIsAnErrorWithExitTwo() {
        Run r = exportReport(period("docx", dataDir.resolve("x")));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unknown report format 'docx'");
    }

    @Test
    void missingBundleIsAnErrorWithExitTwoAndLiveChainStillVerifies() {
        Run missing = cli("verify", dataDir.resolve("nope.zip").toString(), "--data-dir", dataDir.toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.zip");
        Run live = cli("verify", "--data-dir", dataDir.toString());
        assertThat(live.status()).as(live.err()).isZero();
    }
}
