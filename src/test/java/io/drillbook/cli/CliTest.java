package io.drillbook.cli;

import io.drillbook.app.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The headless commands as a pipeline calls them, on a real H2 file in a temporary data folder. */
class CliTest {
    @TempDir
    Path dataDir;

    record Run(int status, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), AppContext::open);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void helpListsTheSubcommandsWithoutOpeningTheStore() {
        Run r = run("--help", "--data-dir", dataDir.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("import", "export", "verify", "--db", "--data-dir");
        assertThat(dataDir.resolve("drillbook.mv.db")).doesNotExist();
    }

    @Test
    void versionIsPrinted() {
        Run r = run("--version");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Drillbook");
    }

    @Test
    void unknownSubcommandIsAUsageErrorWithExitTwo() {
        Run r = run("frobnicate", "--data-dir", dataDir.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("frobnicate");
    }

    @Test
    void exportImportRoundTripWithGlobalOptionBeforeOrAfterTheSubcommand() throws Exception {
        Path file = dataDir.resolve("ws.yaml");
        Run export = run("--data-dir", dataDir.toString(), "export", "workspace", "--out", file.toString());
        assertThat(export.status()).as(export.err()).isZero();
        String yaml = Files.readString(file);
        assertThat(yaml).contains("REL-1042", "Nightly shop backup", "Year-end freeze");

        Path other = dataDir.resolve("other");
        Run imported = run("import", "workspace", file.toString(), "--data-dir", other.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        Run again = run("export", "workspace", "--data-dir", other.toString());
        assertThat(again.out()).isEqualTo(yaml);
    }

    @Test
    void malformedWorkspaceFileExitsTwoNamingFileAndLine() throws Exception {
        Path file = dataDir.resolve("bad.yaml");
        Files.writeString(file, "systems:\n  - name: shop\n    owner: alice\n    tier: one\n");
        Run r = run("import", "workspace", file.toString(), "--data-dir", dataDir.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml:4:").contains("one");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void verifyAnswersOkOnAFreshWorkspace() {
        Run r = run("verify", "--data-dir", dataDir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("OK:");
    }

    @Test
    void verifyExitsOneWhenTheChainWasTamperedWith() throws Exception {
        assertThat(run("verify", "--data-dir", dataDir.toString()).status()).isZero();
        String url = "jdbc:h2:file:" + dataDir.resolve("drillbook") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (var c = java.sql.DriverManager.getConnection(url, "sa", ""); var s = c.createStatement()) {
            s.executeUpdate("UPDATE evidence_events SET actor = 'mallory' WHERE seq = 1");
        }
        Run r = run("verify", "--data-dir", dataDir.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("BROKEN at event 1");
    }

    @Test
    void unsupportedDatabaseUrlIsOneClearLine() {
        Run r = run("verify", "--db", "jdbc:oracle:thin:@x", "--data-dir", dataDir.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unsupported database URL");
    }
}
