package io.drillbook.cli;

import io.drillbook.core.team.Action;

import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.pipeline.BackupRunOutcome;
import io.drillbook.core.pipeline.BackupRunService;
import io.drillbook.core.pipeline.PipelineContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code backup run --system S --env E [--release ID] [--commit SHA] [--pipeline URL] [--json]}: takes
 * the workspace's pre-release backup, records it with its pipeline context, exit 0 only when a good
 * backup exists, 1 with the reason when none does, 2 on a usage or configuration error.
 */
@Mutates(Action.RUN_BACKUP)
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Take the pre-release backup the workspace names for a system and environment (exit 0 good backup, 1 failed).")
final class BackupRunCommand implements Callable<Integer> {
    @Option(names = "--system", required = true, description = "system name, e.g. shop")
    String system;

    @Option(names = "--env", required = true, description = "environment, e.g. prod")
    String environment;

    @Option(names = "--release", description = "the release this backup protects, e.g. $CI_COMMIT_TAG")
    String release;

    @Option(names = "--commit", description = "the commit being deployed, e.g. $CI_COMMIT_SHA")
    String commit;

    @Option(names = "--pipeline", description = "the pipeline's URL, e.g. $CI_PIPELINE_URL")
    String pipeline;

    @Option(names = "--json", description = "print the outcome as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    private final Supplier<BackupRunService> service;
    private final Supplier<String> operator;

    BackupRunCommand(Supplier<BackupRunService> service, Supplier<String> operator) {
        this.service = service;
        this.operator = operator;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BackupRunOutcome outcome;
        try {
            outcome = service.get().run(new SystemEnv(system, environment), new PipelineContext(release, commit, pipeline, operator.get()));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("backup run: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        if (json) {
            out.println(CanonicalJson.write(outcome.toMap()));
        } else if (outcome.succeeded()) {
            var b = outcome.backup().orElseThrow();
            out.println("backup " + b.externalId() + " of " + b.target() + " succeeded: " + io.drillbook.core.format.HumanUnits.size(b.sizeBytes()) + ", "
                    + (b.checksum().isEmpty() ? "" : b.checksum() + ", ") + b.location());
        }
        out.flush();
        if (!outcome.succeeded()) {
            spec.commandLine().getErr().println("backup run: no good backup of " + outcome.target() + ": " + outcome.reason());
            return ExitCodes.NO;
        }
        return ExitCodes.OK;
    }
}
