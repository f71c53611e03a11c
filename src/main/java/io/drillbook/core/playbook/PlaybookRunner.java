package io.drillbook.core.playbook;

import io.drillbook.core.connect.ConnectionTest;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.evidence.Transactions;
import io.drillbook.core.team.Action;
import io.drillbook.core.team.Authorizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Starts, reopens and dry-runs playbook runs. A started run holds an active-recovery freeze on the
 * playbook's environment until it ends. Runs execute on the caller's thread ({@link PlaybookRun#execute}).
 */
public final class PlaybookRunner {
    private static final Logger LOGGER = LoggerFactory.getLogger(PlaybookRunner.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'-'HHmmss").withZone(ZoneOffset.UTC);

    private final EvidenceLog evidence;
    private final PlaybookJournal journal;
    private final IncidentFreeze freeze;
    private final PlaybookConnections connections;
    private final Clock clock;
    private final Supplier<String> runIds;
    private final Authorizer access;
    private Transactions transactions = Transactions.SEPARATE;

    public PlaybookRunner(EvidenceLog evidence, PlaybookJournal journal, IncidentFreeze freeze,
                          PlaybookConnections connections, Authorizer access, Clock clock) {
        this(evidence, journal, freeze, connections, access, clock,
                () -> "pb-" + ID_TIME.format(clock.instant()) + "-" + UUID.randomUUID().toString().substring(0, 6));
    }

    /** @param access who may run playbooks: starting or reopening a run needs {@link Action#RUN_PLAYBOOK} */
    public PlaybookRunner(EvidenceLog evidence, PlaybookJournal journal, IncidentFreeze freeze,
                          PlaybookConnections connections, Authorizer access, Clock clock, Supplier<String> runIds) {
        this.access = access;
        this.evidence = evidence;
        this.journal = journal;
        this.freeze = freeze;
        this.connections = connections;
        this.clock = clock;
        this.runIds = runIds;
    }

    /** Commits each state change's journal entry and evidence event together (by default one by one). */
    public PlaybookRunner inTransactions(Transactions transactions) {
        this.transactions = transactions;
        return this;
    }

    /** Records the start, journals every step as pending and starts the incident freeze. Runs nothing yet. */
    public PlaybookRun start(PlaybookRequest request, PlaybookGate gate, PlaybookListener listener) {
        access.require(request.operator(), Action.RUN_PLAYBOOK);
        Playbook playbook = request.playbook();
        Map<String, String> values = secretsMasked(playbook, playbook.resolve(request.parameters()));
        String runId = runIds.get();
        RunInfo info = new RunInfo(runId, playbook.name(), playbook.systemEnv(), request.operator(), RunStatus.RUNNING, 0,
                PlaybookVariables.masked(values), clock.instant(), null);
        RunRecorder recorder = new RunRecorder(journal, evidence, listener, transactions);
        List<StepRecord> steps = new ArrayList<>();
        playbook.steps().forEach(s -> steps.add(StepRecord.pending(steps.size(), s)));
        transactions.inOne(() -> {
            journal.saveRun(info);
            steps.forEach(s -> journal.saveStep(runId, s));
            recorder.run(info, "playbook.started", request.operator(), RunRecorder.details("operator", request.operator(),
                    "parameters", info.parameters(), "steps", steps.stream().map(s -> s.kind() + ": " + s.name()).toList()));
            freeze.begin(playbook.name(), playbook.environment(), runId, request.operator());
        });
        LOGGER.info("Playbook run {} of '{}' started by {} on {}", runId, playbook.name(), request.operator(), playbook.systemEnv());
        return new PlaybookRun(playbook, info, steps, contexts(request, runId, values, gate), recorder, freeze, clock);
    }

    /**
     * Reopens a run that is not ended (paused, failed or interrupted) with the same playbook and the
     * parameter values again (secret values are never stored, so they must be given again).
     */
    public PlaybookRun reopen(String runId, PlaybookRequest request, PlaybookGate gate, PlaybookListener listener) {
        access.require(request.operator(), Action.RUN_PLAYBOOK);
        RunInfo info = journal.run(runId).orElseThrow(() -> new IllegalArgumentException("no playbook run " + runId));
        Playbook playbook = request.playbook();
        List<StepRecord> steps = journal.steps(runId);
        if (!info.playbook().equals(playbook.name()) || steps.size() != playbook.steps().size()) {
            throw new IllegalArgumentException("run " + runId + " is of playbook '" + info.playbook() + "' with "
                    + steps.size() + " steps, not of '" + playbook.name() + "' with " + playbook.steps().size());
        }
        if (info.status().isEnded() || info.status() == RunStatus.RUNNING) {
            throw new IllegalStateException("run " + runId + " is " + info.status() + " and cannot be reopened");
        }
        Map<String, String> values = secretsMasked(playbook, playbook.resolve(request.parameters()));
        RunRecorder recorder = new RunRecorder(journal, evidence, listener, transactions);
        recorder.event(info, "playbook.reopened", request.operator(), RunRecorder.details("status", info.status().name()));
        return new PlaybookRun(playbook, info, steps, contexts(request, runId, values, gate), recorder, freeze, clock);
    }

    /** Renders every step and tests every connection it would use; runs nothing. */
    public DryRunReport dryRun(PlaybookRequest request) {
        Playbook playbook = request.playbook();
        List<String> problems = new ArrayList<>();
        Map<String, String> values;
        try {
            values = secretsMasked(playbook, playbook.resolve(request.parameters()));
        } catch (IllegalArgumentException e) {
            return new DryRunReport(playbook.name(), List.of(), List.of(), List.of(e.getMessage()));
        }
        String runId = "dry-run";
        List<DryRunReport.Line> lines = new ArrayList<>();
        try (JobContext ctx = contexts(request, runId, values, PlaybookGate.REFUSE).open(runId, request.operator(), PlaybookListener.NONE)) {
            for (PlaybookStep step : playbook.steps()) {
                lines.add(line(step, ctx, problems));
            }
        }
        List<ConnectionTest> tests = testConnections(playbook, problems);
        DryRunReport report = new DryRunReport(playbook.name(), lines, tests, problems);
        evidence.recordAs(request.operator(), "playbook.dryrun", playbook.name(), RunRecorder.details(
                "target", playbook.systemEnv().toString(), "ok", report.ok(), "problems", problems,
                "steps", lines.stream().map(l -> l.step() + ": " + l.rendered()).toList()));
        return report;
    }

    /** Registers the values of parameters declared secret, so that they are masked wherever they would appear. */
    private static Map<String, String> secretsMasked(Playbook playbook, Map<String, String> values) {
        playbook.parameters().stream().filter(PlaybookParameter::secret)
                .forEach(p -> io.drillbook.core.evidence.Redaction.registerSecretValue(values.get(p.name())));
        return values;
    }

    private DryRunReport.Line line(PlaybookStep step, JobContext ctx, List<String> problems) {
        PlaybookJob job = PlaybookJob.of(step);
        String problem = job.cannotRun(ctx).orElse(null);
        String rendered;
        try {
            rendered = job.describe(ctx);
        } catch (IllegalArgumentException e) {
            rendered = "(cannot render)";
            problem = problem == null ? e.getMessage() : problem;
        }
        if (problem != null) {
            problems.add("step '" + step.name() + "': " + problem);
        }
        return new DryRunReport.Line(step.name(), step.action().kind(), rendered, problem);
    }

    private List<ConnectionTest> testConnections(Playbook playbook, List<String> problems) {
        Set<String> names = new LinkedHashSet<>();
        for (PlaybookStep s : playbook.steps()) {
            if (s.action() instanceof StepAction.Run r) {
                names.add(r.profile());
            } else if (s.action() instanceof StepAction.Verify v && v.profile() != null) {
                names.add(v.profile());
            }
        }
        List<ConnectionTest> tests = new ArrayList<>();
        for (String name : names) {
            connections.profiles().apply(name).ifPresent(p -> {
                ConnectionTest test = connections.tester().test(p);
                tests.add(test);
                if (!test.ok()) {
                    problems.add("connection '" + name + "' failed at " + test.stage() + ": " + test.problem());
                }
            });
        }
        return tests;
    }

    private RunContextFactory contexts(PlaybookRequest request, String runId, Map<String, String> parameters,
                                       PlaybookGate gate) {
        Map<String, String> values = PlaybookVariables.of(runId, request.playbook(), parameters);
        return new RunContextFactory(values, connections, gate, request.outputDir(), clock);
    }

}
