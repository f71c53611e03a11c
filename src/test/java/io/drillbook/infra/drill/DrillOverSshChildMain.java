package io.drillbook.infra.drill;

import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.drill.BackupSelection;
import io.drillbook.core.drill.DrillCheck;
import io.drillbook.core.drill.DrillListener;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillStep;
import io.drillbook.core.drill.Expectation;
import io.drillbook.core.drill.ManualStepGate;
import io.drillbook.core.drill.StepOutcome;
import io.drillbook.core.work.CancellationToken;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * In a JVM of its own: a drill over Debian's OpenSSH that creates a PostgreSQL database and then
 * "restores" for two minutes, printing {@code STEP <name> <state>}; {@link DrillCleanupRealServersTest}
 * kills it with SIGKILL mid-restore. Args: data folder, PostgreSQL port, PostgreSQL user.
 */
public final class DrillOverSshChildMain {
    static final String DB = "shop_drill_${run.id}";

    private DrillOverSshChildMain() {
    }

    static DrillPlan plan(String pgPort, String pgUser) {
        String pg = "-h 127.0.0.1 -p ${param.pgPort} -U ${param.pgUser}";
        return new DrillPlan("shop-db restore", "shop", "prod", "openssh", BackupSelection.latest(),
                Map.of("pgPort", pgPort, "pgUser", pgUser),
                List.of(DrillStep.command("Create isolated database", "createdb " + pg + " " + DB),
                        DrillStep.command("Restore dump", "sleep 120")),
                List.of(DrillCheck.of("Orders present", "psql " + pg + " -tA -d " + DB + " -c 'select 1'", Expectation.equalTo("1"))),
                List.of(DrillStep.command("Drop drill database", "dropdb --if-exists " + pg + " " + DB)), false);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (DrillFixture fx = new DrillFixture(dir); RemoteShell shell = OpenSshShells.open(dir)) {
            fx.runner().run(fx.request(plan(args[1], args[2])), shell, ManualStepGate.refuse("nobody", Clock.systemUTC()),
                    new DrillListener() {
                        @Override
                        public void stepChanged(String runId, StepOutcome step) {
                            System.out.println("STEP " + step.name() + " " + step.state());
                            System.out.flush();
                        }
                    }, CancellationToken.none());
        }
    }
}
