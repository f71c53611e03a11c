package io.drillbook.cli;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.app.settings.Connectors;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.inventory.RefreshSource;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code inventory refresh [NAME]} on a real embedded workspace, running listings through the local profile. */
class InventoryRefreshCommandTest {
    @TempDir
    Path dir;
    AppContext ctx;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void open() {
        ctx = new AppContext(new AppConfig(dir, null, "ci"), Clock.systemUTC());
        Path sample = Path.of("src/test/resources/samples/restic_snapshots.json").toAbsolutePath();
        ctx.settings().refreshSources().save(RefreshSource.command("shop-restic", Connectors.LOCAL, "cat '" + sample + "'", "restic",
                new SystemEnv("shop", "prod"), Duration.ZERO));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    int run(String... args) {
        CommandLine cmd = new CommandLine(new InventoryRefreshCommand(
                () -> ctx.inventory().inventoryRefresher(ctx.settings().connectors(HostKeyDecision.REJECT, SecretPrompt.NONE))));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void namedSourceIsRefreshedAndReported() {
        assertThat(run("shop-restic")).isEqualTo(0);
        assertThat(out.toString()).contains("shop-restic: 2 added, 0 already known, 0 rejected");
        assertThat(ctx.inventory().backupRepository().count()).isEqualTo(2);
    }

    @Test
    void failingSourceMakesTheExitStatusOneButOthersStillRun() {
        ctx.settings().refreshSources().save(RefreshSource.command("a-broken", Connectors.LOCAL, "exit 4", "restic",
                new SystemEnv("shop", "prod"), Duration.ZERO));

        assertThat(run()).isEqualTo(1);
        assertThat(out.toString()).contains("a-broken: FAILED").contains("exit 4").contains("shop-restic: 2 added");
    }

    @Test
    void unknownSourceIsAnErrorNamingIt() {
        assertThat(run("nope")).isEqualTo(2);
        assertThat(err.toString()).contains("no inventory refresh source named 'nope'");
    }
}
