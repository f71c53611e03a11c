package io.drillbook.infra.drill;

import io.drillbook.core.drill.DrillListener;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillStep;
import io.drillbook.core.drill.ManualStepGate;
import io.drillbook.core.drill.StepOutcome;
import io.drillbook.core.work.CancellationToken;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Runs a drill whose third step sleeps for two minutes, in a JVM of its own, printing
 * {@code STEP <name> <state>} as steps change; {@link DrillKilledJvmTest} kills it mid-step.
 */
public final class DrillChildMain {
    private DrillChildMain() {
    }

    public static void main(String[] args) throws Exception {
        try (DrillFixture fx = new DrillFixture(Path.of(args[0]))) {
            DrillPlan plan = fx.restorePlan(List.of(DrillStep.command("Load data", "sleep 120")), List.of());
            fx.runner().run(fx.request(plan), fx.shell, ManualStepGate.refuse("nobody", Clock.systemUTC()), new DrillListener() {
                @Override
                public void stepChanged(String runId, StepOutcome step) {
                    System.out.println("STEP " + step.name() + " " + step.state());
                    System.out.flush();
                }
            }, CancellationToken.none());
        }
    }
}
