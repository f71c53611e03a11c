package io.drillbook.app;

import io.drillbook.cli.Cli;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console on the freshly seeded demo, closed as the console closes (background work, modules,
 * run locks, then the store): its append-only file is compacted, and {@code verify} still finds the
 * evidence chain whole. The seeded demo is a file of about 66 MB with about 16% of it live.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleCloseCompactsTheWorkspaceTest {
    private static final long MB = 1024L * 1024;

    @TempDir
    static Path parent;

    DemoConsole console;

    @Start
    void start(Stage stage) {
        console = DemoConsole.open(stage, parent, "alice", Clock.systemUTC());
    }

    @Test
    void closingTheConsoleOnTheSeededDemoShrinksItsFileAndVerifyStillPasses() throws Exception {
        Path dataDir = console.ctx().platform().config().dataDir();
        Path file = dataDir.resolve("drillbook.mv.db");
        long seeded = Files.size(file);
        assertThat(seeded).as("the seeded demo is past the size worth compacting").isGreaterThan(32 * MB);

        WaitForAsyncUtils.asyncFx(console::close).get();

        assertThat(Files.size(file)).as("file after closing the console, seeded at %d bytes", seeded).isLessThan(seeded / 4);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(new String[]{"--data-dir", dataDir.toString(), "verify"}, new PrintWriter(out, true), new PrintWriter(err, true), AppContext::open);
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("OK: ");
    }
}
