package io.drillbook.cli;

import io.drillbook.core.team.Action;

import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.drill.DrillCleanup;
import io.drillbook.core.drill.DrillListener;
import io.drillbook.core.drill.StepOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code drill cleanup RUN}: runs the cleanup steps of a drill run that was interrupted, whose
 * cleanup failed, or whose failed target was kept for investigation, with the values stored when
 * it started. Exit 0 cleaned, 1 a cleanup step failed (the run stays listed), 2 error.
 */
@Mutates(Action.RUN_DRILL)
@Command(name = "cleanup", mixinStandardHelpOptions = true,
        description = "Run the cleanup steps of an interrupted drill run (or one whose target was kept).")
public final class DrillCleanupCommand implements Callable<Integer> {
    private static final Logger LOGGER = LoggerFactory.getLogger(DrillCleanupCommand.class);

    private final Function<HostKeyDecision, DrillCleanup> cleanups;
    private final Supplier<String> operator;

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "RUN", description = "The run id (see: drillbook drill runs --interrupted).")
    String runId;
    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A secret parameter the cleanup needs (never stored at start).")
    Map<String, String> params = new LinkedHashMap<>();
    @Option(names = "--accept-host-key", paramLabel = "SHA256:...", description = "Trust an unknown host key only if its fingerprint is exactly this.")
    String acceptHostKey;

    public DrillCleanupCommand(Function<HostKeyDecision, DrillCleanup> cleanups, Supplier<String> operator) {
        this.cleanups = cleanups;
        this.operator = operator;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            HostKeyDecision decision = acceptHostKey == null ? HostKeyDecision.REJECT : HostKeyDecision.acceptOnly(acceptHostKey);
            boolean cleaned = cleanups.apply(decision).cleanup(runId, operator.get(), params, new DrillListener() {
                @Override
                public void stepChanged(String run, StepOutcome step) {
                    out.printf("%-8s %-40s %s%s%n", step.kind(), step.name(), step.state(),
                            step.message().isEmpty() ? "" : ": " + step.message());
                    out.flush();
                }
            });
            out.println(cleaned ? "drill " + runId + " cleaned up" : "drill " + runId + " cleanup FAILED; it stays listed");
            return cleaned ? ExitCodes.OK : ExitCodes.NO;
        } catch (RuntimeException e) {
            LOGGER.debug("drill cleanup failed", e);
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.ERROR;
        } finally {
            out.flush();
        }
    }
}
