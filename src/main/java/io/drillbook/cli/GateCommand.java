package io.drillbook.cli;

import io.drillbook.core.team.Action;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.drillbook.core.calendar.GateDecision;
import io.drillbook.core.calendar.GateResult;
import io.drillbook.core.calendar.GateService;
import io.drillbook.core.model.SystemEnv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.Callable;

/**
 * {@code gate --system S --env E [--release ID] [--at ISO-8601] [--format json|junit|github|text]}: go/no-go
 * for a deploy ({@code --json} is {@code --format json}).
 * Exit 0 when every gate passes or is waived, 1 when any fails or is unknown, 2 on error. The
 * decision is recorded as evidence by {@link GateService}.
 */
@Mutates(Action.DECIDE_GATE)
@Command(name = "gate", mixinStandardHelpOptions = true, description = "Release readiness gates: go (exit 0) or no-go (exit 1) with reasons.")
public final class GateCommand implements Callable<Integer> {
    private static final Logger LOGGER = LoggerFactory.getLogger(GateCommand.class);

    @Option(names = "--system", required = true, description = "system name, e.g. shop")
    String system;

    @Option(names = "--env", required = true, description = "environment, e.g. prod")
    String environment;

    @Option(names = "--release", description = "release id; its window and CAB approval are judged")
    String release;

    @Option(names = "--at", description = "judge at this moment (ISO 8601, e.g. 2026-12-02T03:00:00Z); default now")
    String at;

    @Option(names = "--json", description = "print every gate with status, reason and data as JSON")
    boolean json;

    @Option(names = "--format", description = "text (default), json, junit (JUnit XML for GitLab/Jenkins test reports) or github "
            + "(::error annotations, and a Markdown table appended to $GITHUB_STEP_SUMMARY when set)")
    String format;

    /** Reads environment variables ({@code GITHUB_STEP_SUMMARY}); tests replace it. */
    java.util.function.UnaryOperator<String> variables = System::getenv;

    @Spec
    CommandSpec spec;

    private final Supplier<GateService> service;

    /** @param service looked up only when the command runs, so {@code --help} opens no database */
    public GateCommand(Supplier<GateService> service) {
        this.service = service;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            String chosen = GateOutput.chosen(format, json);
            GateDecision decision = service.get().decide(new SystemEnv(system, environment),
                    Optional.ofNullable(release), Optional.ofNullable(at).map(GateCommand::moment));
            out.print(GateOutput.render(chosen, decision, toJson(decision), toText(decision), variables));
            out.flush();
            return decision.go() ? 0 : 1;
        } catch (RuntimeException e) {
            LOGGER.debug("gate failed", e);
            spec.commandLine().getErr().println("gate: " + e.getMessage());
            return 2;
        }
    }

    private static Instant moment(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--at '" + text + "' is not an ISO 8601 time with offset, e.g. 2026-12-02T03:00:00Z", e);
        }
    }

    private static String toJson(GateDecision decision) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(decision.toMap());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the decision as JSON", e);
        }
    }

    private static String toText(GateDecision decision) {
        StringBuilder sb = new StringBuilder(decision.go() ? "GO" : "NO-GO").append(' ').append(decision.target());
        if (decision.releaseId() != null) {
            sb.append(' ').append(decision.releaseId());
        }
        sb.append(" at ").append(decision.at());
        for (GateResult r : decision.results()) {
            sb.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  %-7s %-18s %s", r.status(),
                    r.gate().name().toLowerCase(Locale.ROOT).replace('_', '-'), r.reason()));
        }
        return sb.toString();
    }
}
