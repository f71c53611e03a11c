package io.drillbook.core.drill;

import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.CommandResult;
import io.drillbook.core.connect.CommandTemplate;
import io.drillbook.core.connect.ConnectorException;
import io.drillbook.core.connect.CommandSession;
import io.drillbook.core.evidence.Redaction;
import io.drillbook.core.work.CancellationToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Runs one automated step or check of a run and publishes its states. */
final class StepExecutor {
    private static final Logger LOGGER = LoggerFactory.getLogger(StepExecutor.class);
    private static final int KEEP_BYTES = 2 * 1024;

    private final DrillRun run;
    private final CommandSession shell;
    private final Map<String, String> variables;
    private final Path outputDir;
    private final boolean keepFullOutput;
    private final Clock clock;

    StepExecutor(DrillRun run, CommandSession shell, Map<String, String> variables, Path outputDir,
                 boolean keepFullOutput, Clock clock) {
        this.run = run;
        this.shell = shell;
        this.variables = variables;
        this.outputDir = outputDir;
        this.keepFullOutput = keepFullOutput;
        this.clock = clock;
    }

    /** Runs an automated step; returns its final outcome. */
    StepOutcome runCommand(int index, DrillStep step, CancellationToken cancel) {
        return execute(index, step, null, cancel);
    }

    /** Runs a check's command and compares its output with the expectation. */
    StepOutcome runCheck(int index, DrillCheck check, CancellationToken cancel) {
        return execute(index, check.asStep(), check.expect(), cancel);
    }

    private StepOutcome execute(int index, DrillStep step, Expectation expectation, CancellationToken cancel) {
        String command;
        String shown;
        try {
            command = new CommandTemplate(step.run()).render(variables);
            shown = Redaction.redact(new CommandTemplate(step.run()).render(DrillVariables.masked(variables)));
        } catch (IllegalArgumentException e) {
            run.move(index, StepState.RUNNING, "");
            return run.move(index, StepState.FAILED, e.getMessage());
        }
        StepOutcome running = run.publish(run.step(index).withCommand(shown)
                .withState(StepState.RUNNING, "", clock.instant()));
        CommandResult result;
        try {
            result = shell.run(request(command, step).shownAs(shown), (channel, line) -> run.tell(
                    l -> l.output(run.id(), running, channel, line)), cancel);
        } catch (CancellationToken.CancelledException e) {
            return run.move(index, StepState.CANCELLED, "cancelled before the command started");
        } catch (ConnectorException e) {
            if (cancel.isCancelled()) {
                return run.move(index, StepState.CANCELLED, "cancelled: " + e.getMessage());
            }
            return run.move(index, StepState.FAILED, "could not run the command: " + e.getMessage());
        }
        return finish(index, result, expectation);
    }

    private CommandRequest request(String command, DrillStep step) {
        CommandRequest request = new CommandRequest(command, null, outputDir, KEEP_BYTES);
        return step.timeout() == null ? request : request.withTimeout(step.timeout());
    }

    private StepOutcome finish(int index, CommandResult result, Expectation expectation) {
        StepOutcome done = run.step(index).withOutput(OutputDigest.of(result, keepFullOutput), result.elapsed());
        Instant now = clock.instant();
        if (result.cancelled()) {
            return discard(result, run.publish(done.withState(StepState.CANCELLED, result.outcome(), now)));
        }
        if (!result.succeeded()) {
            return discard(result, run.publish(done.withState(StepState.FAILED, done.output().failureText(), now)));
        }
        if (expectation == null) {
            return discard(result, run.publish(done.withState(StepState.PASSED, "", now)));
        }
        Expectation.Verdict verdict = expectation.evaluate(fullStdout(result));
        StepState state = verdict.met() ? StepState.PASSED : StepState.FAILED;
        String why = verdict.met() ? "" : "expected " + verdict.expected() + " but was " + verdict.actual();
        return discard(result, run.publish(done.withVerdict(verdict).withState(state, why, now)));
    }

    private static String fullStdout(CommandResult result) {
        if (!result.stdout().truncated()) {
            return result.stdout().preview();
        }
        try {
            return Files.readString(result.stdout().file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return result.stdout().preview();
        }
    }

    private StepOutcome discard(CommandResult result, StepOutcome outcome) {
        if (!keepFullOutput) {
            delete(result.stdout().file());
            delete(result.stderr().file());
        }
        return outcome;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOGGER.warn("Could not delete command output {}: {}", file, e.getMessage());
        }
    }

    static Duration between(Instant from, Instant to) {
        return Duration.between(from, to).isNegative() ? Duration.ZERO : Duration.between(from, to);
    }
}
