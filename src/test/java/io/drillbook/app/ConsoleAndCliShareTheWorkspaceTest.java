package io.drillbook.app;

import io.drillbook.core.model.Freeze;
import io.drillbook.core.playbook.IncidentFreeze;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: the real console window open on an embedded workspace while a pipeline's {@code gate}
 * runs in a JVM of its own on the same data folder. The recovery freeze is started from the console
 * as an operator starts it, by starting the demo playbook on its screen; the gate in the other
 * process sees it at once and fails naming it.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleAndCliShareTheWorkspaceTest {
    @TempDir
    static Path dataDir;

    DemoConsole console;
    AppContext ctx;
    Stage window;

    @Start
    void start(Stage stage) {
        window = stage;
        // The real clock: the child JVM's gate judges "now" by it too.
        console = DemoConsole.open(stage, dataDir, "alice", Clock.systemUTC());
        ctx = console.ctx();
    }

    @AfterEach
    void close() {
        console.close();
    }

    private HeadlessDrillbookJvm gate() throws Exception {
        return HeadlessDrillbookJvm.start("pipeline", "--data-dir", ctx.platform().config().dataDir().toString(),
                "gate", "--system", "shop", "--env", "prod");
    }

    @Test
    void gateInAChildJvmFailsOnTheRecoveryFreezeStartedInTheOpenConsole(FxRobot robot) throws Exception {
        try (HeadlessDrillbookJvm before = gate()) {
            int status = before.exitStatus();
            assertThat(status).as(before.output()).isNotEqualTo(2);
            assertThat(before.output()).contains("no freeze or active recovery for prod").doesNotContain("active recovery '");
        }

        InWindow.click(robot, window, "nav-playbooks");
        TableView<?> list = (TableView<?>) InWindow.node(robot, window, "playbook-list");
        InWindow.clickRowUntil(robot, window, list, "rollback demo service", "pb-confirm-env");
        InWindow.fillUntilEnabled(robot, window, "pb-confirm-env", "prod", "pb-start");
        InWindow.click(robot, window, "pb-start");
        InWindow.waitUntil(() -> InWindow.text(robot, window, "status-freeze").contains("Active recovery: rollback demo service"));
        Freeze started = ctx.platform().workspaceRepository().freezes().stream()
                .filter(f -> f.name().startsWith("Active recovery: rollback demo service")).findFirst().orElseThrow();

        try (HeadlessDrillbookJvm after = gate()) {
            assertThat(after.exitStatus()).as(after.output()).isEqualTo(1);
            assertThat(after.output()).contains("falls in active recovery '" + started.name() + "'")
                    .doesNotContain("no freeze or active recovery for prod")
                    .doesNotContain("Database may be already in use");
        }
        assertThat(started.name()).startsWith(IncidentFreeze.nameFor("rollback demo service", ""));
        assertThat(window.isShowing()).as("the console stayed open throughout").isTrue();
    }
}
