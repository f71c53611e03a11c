package io.drillbook.infra.drill;

import io.drillbook.core.drill.StepOutcome;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A drill whose JVM is killed mid-step reopens as INTERRUPTED with its finished steps intact. */
class DrillKilledJvmTest {
    @TempDir
    Path tmp;

    @Test
    void runWhoseJvmIsKilledMidStepReopensAsInterruptedWithItsFinishedSteps() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                DrillChildMain.class.getName(), tmp.toString()).redirectErrorStream(true).start();
        try {
            CompletableFuture<Boolean> midStep = CompletableFuture.supplyAsync(() -> waitForLine(child, "STEP Load data RUNNING"));
            assertThat(midStep.get(90, TimeUnit.SECONDS)).as("child reached the long step").isTrue();
        } finally {
            List<ProcessHandle> descendants = child.descendants().toList();
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            descendants.forEach(ProcessHandle::destroyForcibly);
        }

        try (DrillFixture after = new DrillFixture(tmp)) {
            List<String> marked = after.recovery().markInterrupted();

            assertThat(marked).hasSize(1);
            DrillSummary summary = after.runs.of(DrillFixture.SHOP_PROD).get(0);
            assertThat(summary.result()).isEqualTo(RunResult.INTERRUPTED);
            List<StepOutcome> steps = after.journal.steps(marked.get(0));
            assertThat(steps).extracting(s -> s.name() + " " + s.state()).startsWith(
                    "Create restore folder PASSED", "Restore file PASSED", "Load data CANCELLED");
            assertThat(steps.get(1).output().exitStatus()).isZero();
            assertThat(after.evidence.verify().isIntact()).isTrue();
        }
    }

    private static boolean waitForLine(Process child, String wanted) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals(wanted)) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
