package io.drillbook.core.playbook;

import io.drillbook.core.connect.CommandResult;
import io.drillbook.core.connect.CommandTemplate;
import io.drillbook.core.connect.ConnectorException;
import io.drillbook.core.evidence.Redaction;
import io.drillbook.core.work.CancellationToken;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/** A {@code verify} step: a health check (command or HTTP GET) polled until it passes or the limit runs out. */
final class VerifyJob implements PlaybookJob {
    private final String stepName;
    private final StepAction.Verify action;

    VerifyJob(String stepName, StepAction.Verify action) {
        this.stepName = stepName;
        this.action = action;
    }

    @Override
    public Optional<String> cannotRun(JobContext ctx) {
        if (action.command() != null) {
            return CommandJob.problems(ctx, action.profile(), action.command());
        }
        try {
            URI.create(PlaybookVariables.fill(action.url().toString(), ctx.values));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public String describe(JobContext ctx) {
        String check = action.command() != null
                ? action.profile() + ": " + new CommandTemplate(action.command()).render(ctx.masked)
                : "GET " + PlaybookVariables.fill(action.url().toString(), ctx.masked);
        return Redaction.redact(check) + " (every " + action.every().toSeconds() + " s, up to "
                + action.limit().toSeconds() + " s)";
    }

    @Override
    public JobOutcome run(JobContext ctx, CancellationToken cancel) {
        Instant deadline = ctx.clock.instant().plus(action.limit());
        String shown = describe(ctx);
        int polls = 0;
        JobOutcome last;
        do {
            polls++;
            last = pollOnce(ctx, shown, cancel);
            if (last.passed() || last.cancelled()) {
                return withPolls(last, polls);
            }
            if (!ctx.clock.instant().plus(action.every()).isBefore(deadline)) {
                break;
            }
            ctx.connections.sleeper().sleep(action.every(), cancel);
        } while (true);
        return JobOutcome.failed(ctx.operator, shown, last.output(), "still failing after " + polls + " checks within "
                + action.limit().toSeconds() + " s: " + last.message());
    }

    private JobOutcome pollOnce(JobContext ctx, String shown, CancellationToken cancel) {
        if (action.command() == null) {
            return httpOnce(ctx, shown);
        }
        try {
            CommandResult result = CommandJob.execute(ctx, stepName, action.profile(), action.command(), action.limit(), cancel);
            return CommandJob.judge(ctx, shown, result, 0, action.expectOutput());
        } catch (ConnectorException e) {
            return JobOutcome.failed(ctx.operator, shown, null, "could not run the check: " + e.getMessage());
        }
    }

    private JobOutcome httpOnce(JobContext ctx, String shown) {
        URI url = URI.create(PlaybookVariables.fill(action.url().toString(), ctx.values));
        HttpProbe.Response response = ctx.connections.http().get(url, action.every().isZero() ? action.limit() : action.every());
        StepOutput output = StepOutput.of(response.status(), "HTTP " + response.status(), abbreviate(response.body()));
        boolean bodyOk = action.expectOutput() == null || Pattern.compile(action.expectOutput()).matcher(response.body()).find();
        return response.ok() && bodyOk ? JobOutcome.passed(ctx.operator, shown, output, "HTTP " + response.status())
                : JobOutcome.failed(ctx.operator, shown, output, "HTTP " + response.status()
                + (response.ok() ? ", body does not match /" + action.expectOutput() + "/" : ""));
    }

    private static JobOutcome withPolls(JobOutcome o, int polls) {
        String message = o.message() + " (check " + polls + ")";
        return new JobOutcome(o.passed(), o.cancelled(), o.actor(), o.command(), o.output(), message);
    }

    private static String abbreviate(String body) {
        return body.length() > 2048 ? body.substring(0, 2048) : body;
    }
}
