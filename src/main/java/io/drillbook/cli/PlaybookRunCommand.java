package io.drillbook.cli;

import io.drillbook.core.team.Action;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.drillbook.core.playbook.DryRunReport;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookLibrary;
import io.drillbook.core.playbook.PlaybookListener;
import io.drillbook.core.playbook.PlaybookRequest;
import io.drillbook.core.playbook.PlaybookRun;
import io.drillbook.core.playbook.PlaybookRunner;
import io.drillbook.core.playbook.PlaybookTimeline;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.playbook.StatusUpdate;
import io.drillbook.core.playbook.StepRecord;
import io.drillbook.core.playbook.StepTimings;
import io.drillbook.core.work.CancellationToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code playbook run FILE}: runs (or dry-runs) a rollback playbook headless on the same store.
 * Exit 0 completed (dry run: no problems), 1 failed, aborted or paused (dry run: problems), 2 error.
 * Collaborators come through suppliers, so {@code --help} opens nothing.
 */
@Mutates(Action.RUN_PLAYBOOK)
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a rollback playbook from a YAML file or the workspace.")
public final class PlaybookRunCommand implements Callable<Integer> {
    private static final Logger LOGGER = LoggerFactory.getLogger(PlaybookRunCommand.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Supplier<PlaybookRunner> runner;
    private final Supplier<StepTimings> timings;
    private final Supplier<Path> outputDir;
    private final Supplier<PlaybookLibrary> library;
    private final InputStream in;
    private final PrintStream out;
    private final Clock clock;

    @Parameters(index = "0", paramLabel = "FILE|NAME", description = "Playbook YAML file, or the name of a playbook in the workspace.")
    String source;
    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter value (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();
    @Option(names = "--param-env", paramLabel = "NAME=ENVVAR",
            description = "A secret parameter's value from an environment variable (repeatable); masked wherever it appears.")
    Map<String, String> paramEnv = new LinkedHashMap<>();
    @Option(names = "--param-prompt", paramLabel = "NAME",
            description = "Ask for a secret parameter's value on the terminal, without echo (repeatable).")
    List<String> paramPrompt = new ArrayList<>();
    Function<String, String> environment = System::getenv;
    SecretParameters.Reader secretReader = SecretParameters.Reader.TERMINAL;
    @Option(names = "--dry-run", description = "Render every command and test every connection; run nothing.")
    boolean dryRun;
    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;
    @Option(names = "--confirm", paramLabel = "STEP", description = "Confirm this manual or approval step without asking.")
    List<String> confirm = new ArrayList<>();
    @Option(names = "--approver", paramLabel = "NAME", description = "Who approves the --confirm'ed approval steps, in order.")
    List<String> approvers = new ArrayList<>();
    @Option(names = "--operator", paramLabel = "NAME",
            description = "Who runs the playbook: roles are checked, the run lock held and evidence recorded for this name "
                    + "(default: DRILLBOOK_OPERATOR, else the OS user).")
    String operator;

    private Supplier<String> defaultOperator = () -> System.getProperty("user.name");
    private Supplier<io.drillbook.core.team.OperatorIdentity> identity = () -> null;
    private java.util.function.Consumer<io.drillbook.core.team.AccessDeniedException> refusals = e -> { };
    private Supplier<io.drillbook.core.playbook.ApprovalInbox> inbox = () -> null;
    private PrintStream err;

    private Supplier<io.drillbook.core.team.RunLocks> locks = () -> null;

    private Function<Path, Playbook> files = file -> {
        throw new IllegalArgumentException("no playbook named '" + file + "' in the workspace");
    };

    public PlaybookRunCommand(Supplier<PlaybookRunner> runner, Supplier<StepTimings> timings, Supplier<Path> outputDir,
                              InputStream in, PrintStream out, Clock clock) {
        this(runner, timings, outputDir, () -> null, in, out, clock);
    }

    /** How a playbook FILE is read (the YAML format); until set, only stored playbooks run. */
    public PlaybookRunCommand readingFilesWith(Function<Path, Playbook> reader) {
        this.files = reader;
        return this;
    }

    /** @param library the workspace's playbooks, for a NAME instead of a FILE; may supply null (files only) */
    public PlaybookRunCommand(Supplier<PlaybookRunner> runner, Supplier<StepTimings> timings, Supplier<Path> outputDir,
                              Supplier<PlaybookLibrary> library, InputStream in, PrintStream out, Clock clock) {
        this.runner = runner;
        this.library = library;
        this.timings = timings;
        this.outputDir = outputDir;
        this.in = in;
        this.out = out;
        this.clock = clock;
    }

    /**
     * Holds the playbook's system/environment lock while it runs, as the console does, so only one
     * run per system and environment is active across consoles and pipelines.
     */
    public PlaybookRunCommand lockedBy(Supplier<io.drillbook.core.team.RunLocks> runLocks) {
        this.locks = runLocks;
        return this;
    }

    /** Where errors go (standard error by default). */
    public PlaybookRunCommand errorsTo(PrintStream errors) {
        this.err = errors;
        return this;
    }

    /** Who runs the playbook when --operator is not given: the workspace's operator. */
    public PlaybookRunCommand operatedBy(Supplier<String> workspaceOperator) {
        this.defaultOperator = workspaceOperator;
        return this;
    }

    /**
     * Who operates and how that is known: on a shared server {@code --operator} and {@code --approver}
     * may only name the operator's own login (refusals go to {@code refused}), and approvals come
     * from {@code approvals}, where each approver gives them under their own login.
     */
    public PlaybookRunCommand identifiedBy(Supplier<io.drillbook.core.team.OperatorIdentity> who,
                                           java.util.function.Consumer<io.drillbook.core.team.AccessDeniedException> refused,
                                           Supplier<io.drillbook.core.playbook.ApprovalInbox> approvals) {
        this.identity = who;
        this.refusals = refused;
        this.inbox = approvals;
        return this;
    }

    @Override
    public Integer call() {
        io.drillbook.core.team.OperatorIdentity id = identity.get();
        try {
            if (id != null) {
                operator = id.actAs(operator, "--operator", io.drillbook.core.team.Action.RUN_PLAYBOOK);
                approvers.forEach(a -> id.actAs(a, "--approver", io.drillbook.core.team.Action.APPROVE_STEPS));
            }
        } catch (io.drillbook.core.team.AccessDeniedException e) {
            refusals.accept(e);
            error("error: " + e.getMessage());
            return 2;
        }
        if (operator == null || operator.isBlank()) {
            operator = defaultOperator.get();
        }
        try {
            Playbook playbook = playbook();
            Map<String, String> values = SecretParameters.collect(params, paramEnv, paramPrompt, playbook.parameters().stream()
                    .filter(io.drillbook.core.playbook.PlaybookParameter::secret).map(io.drillbook.core.playbook.PlaybookParameter::name)
                    .collect(java.util.stream.Collectors.toSet()), environment, secretReader, warnings());
            PlaybookRequest request = new PlaybookRequest(playbook, values, operator, outputDir.get());
            return dryRun ? dryRun(request) : run(request);
        } catch (RuntimeException e) {
            LOGGER.debug("playbook run failed", e);
            error("error: " + e.getMessage());
            return 2;
        }
    }

    private java.io.PrintWriter warnings() {
        return new java.io.PrintWriter(err == null ? System.err : err, true);
    }

    /** One line on the errors stream given (standard error by default). */
    private void error(String line) {
        (err == null ? System.err : err).println(line);
    }

    /** A file when one exists at that path (or no workspace is given), else the stored playbook of that name. */
    private Playbook playbook() {
        Path file = Path.of(source);
        PlaybookLibrary stored = Files.isRegularFile(file) ? null : library.get();
        if (stored == null) {
            return files.apply(file);
        }
        return stored.playbook(source).orElseThrow(() -> stored.unknown(source));
    }

    private int dryRun(PlaybookRequest request) {
        DryRunReport report = runner.get().dryRun(request);
        if (json) {
            print(report);
        } else {
            report.steps().forEach(l -> out.printf("%-24s %-9s %s%s%n", l.step(), l.kind(), l.rendered(),
                    l.problem() == null ? "" : "  <- " + l.problem()));
            report.connections().forEach(c -> out.printf("connection %s: %s%n", c.profile(),
                    c.ok() ? "ok, host key " + c.hostKeyFingerprint() : "FAILED at " + c.stage() + ": " + c.problem()));
            out.println(report.ok() ? "dry run: OK" : "dry run: " + report.problems().size() + " problem(s)");
        }
        return report.ok() ? 0 : 1;
    }

    private int run(PlaybookRequest request) {
        io.drillbook.core.team.RunLocks runLocks = locks.get();
        if (runLocks == null) {
            return runUnlocked(request);
        }
        String resource = io.drillbook.core.team.LockResources.playbookRun(
                new io.drillbook.core.model.SystemEnv(request.playbook().system(), request.playbook().environment()));
        runLocks.acquire(resource, operator);
        try {
            return runUnlocked(request);
        } finally {
            runLocks.release(resource);
        }
    }

    private int runUnlocked(PlaybookRequest request) {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        io.drillbook.core.playbook.PlaybookGate gate = new PlaybookConsoleGate(confirm, approvers, operator, stdin, out);
        io.drillbook.core.team.OperatorIdentity id = identity.get();
        if (id != null && id.authenticated() && inbox.get() != null) {
            gate = new io.drillbook.core.playbook.StoredApprovalGate(gate, inbox.get(), clock, java.time.Duration.ofMillis(500),
                    (runId, step) -> {
                        out.printf("Approval '%s' waits for a second person, who approves it under their own login: "
                                + "drillbook playbook approve %s '%s'%n", step.name(), runId, step.name());
                        out.flush();
                    });
        }
        PlaybookRun run = runner.get().start(request, gate, json ? PlaybookListener.NONE : progress());
        RunStatus status = run.execute(CancellationToken.none());
        String update = StatusUpdate.render(PlaybookTimeline.of(run.info(), run.steps()),
                timings.get().typical(run.playbook().name(), run.id(), 20), clock.instant());
        if (json) {
            print(result(run.info(), run.steps(), update));
        } else {
            out.print(update);
        }
        return status == RunStatus.COMPLETED ? 0 : 1;
    }

    private PlaybookListener progress() {
        return new PlaybookListener() {
            @Override
            public void stepChanged(String runId, StepRecord step) {
                out.printf("%s %-24s %s%s%n", clock.instant().toString().substring(11, 19), step.name(), step.state(),
                        step.message().isEmpty() ? "" : ": " + step.message());
            }
        };
    }

    private static Map<String, Object> result(RunInfo info, List<StepRecord> steps, String update) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("runId", info.runId());
        r.put("playbook", info.playbook());
        r.put("target", info.target().toString());
        r.put("status", info.status().name());
        List<Map<String, Object>> list = new ArrayList<>();
        for (StepRecord s : steps) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("kind", s.kind());
            m.put("state", s.state().name());
            m.put("actor", s.actor());
            m.put("attempts", s.attempts());
            m.put("elapsedMillis", s.elapsed().toMillis());
            m.put("message", s.message());
            list.add(m);
        }
        r.put("steps", list);
        r.put("statusUpdate", update);
        return r;
    }

    private void print(Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
