package io.drillbook.core.playbook;

import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.CommandResult;
import io.drillbook.core.connect.CommandTemplate;
import io.drillbook.core.connect.ConnectorException;
import io.drillbook.core.evidence.Redaction;
import io.drillbook.core.work.CancellationToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.regex.Pattern;

/** A {@code run} step: one command on a connection profile, checked by exit status and output. */
final class CommandJob implements PlaybookJob {
    private final String stepName;
    private final StepAction.Run action;

    CommandJob(String stepName, StepAction.Run action) {
        this.stepName = stepName;
        this.action = action;
    }

    @Override
    public Optional<String> cannotRun(JobContext ctx) {
        return problems(ctx, action.profile(), action.command());
    }

    static Optional<String> problems(JobContext ctx, String profile, String command) {
        try {
            new CommandTemplate(command).render(ctx.values);
            ctx.connections.profile(profile);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public String describe(JobContext ctx) {
        return action.profile() + ": " + Redaction.redact(new CommandTemplate(action.command()).render(ctx.masked));
    }

    @Override
    public JobOutcome run(JobContext ctx, CancellationToken cancel) {
        String shown = describe(ctx);
        try {
            CommandResult result = execute(ctx, stepName, action.profile(), action.command(), action.timeout(), cancel);
            return judge(ctx, shown, result, action.expectExit(), action.expectOutput());
        } catch (ConnectorException e) {
            return cancel.isCancelled() ? JobOutcome.cancelled(ctx.operator, shown, "cancelled: " + e.getMessage())
                    : JobOutcome.failed(ctx.operator, shown, null, "could not run the command: " + e.getMessage());
        }
    }

    static CommandResult execute(JobContext ctx, String step, String profile, String template,
                                 java.time.Duration timeout, CancellationToken cancel) {
        String command = new CommandTemplate(template).render(ctx.values);
        CommandRequest request = new CommandRequest(command, timeout, outputDir(ctx), 2 * 1024,
                new CommandTemplate(template).render(ctx.masked));
        return ctx.session(profile).run(request, (channel, line) -> tell(ctx, step, channel, line), cancel);
    }

    static JobOutcome judge(JobContext ctx, String shown, CommandResult result, int expectExit, String expectOutput) {
        StepOutput output = StepOutput.of(result);
        if (result.cancelled()) {
            return JobOutcome.cancelled(ctx.operator, shown, result.outcome());
        }
        if (result.timedOut() || result.exitStatus() != expectExit) {
            return JobOutcome.failed(ctx.operator, shown, output, result.outcome() + " (expected exit " + expectExit + ")");
        }
        String text = result.stdout().head() + result.stdout().tail();
        if (expectOutput != null && !Pattern.compile(expectOutput).matcher(text).find()) {
            return JobOutcome.failed(ctx.operator, shown, output, "output does not match /" + expectOutput + "/");
        }
        return JobOutcome.passed(ctx.operator, shown, output, result.outcome());
    }

    private static java.nio.file.Path outputDir(JobContext ctx) {
        try {
            return io.drillbook.core.evidence.OwnerOnlyFiles.createDirectories(ctx.outputDir.resolve(ctx.runId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + ctx.outputDir, e);
        }
    }

    private static void tell(JobContext ctx, String step, io.drillbook.core.connect.OutputChannel channel, String line) {
        try {
            ctx.listener.output(ctx.runId, step, channel, line);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(CommandJob.class).warn("A playbook listener failed on output", e);
        }
    }
}
