package io.drillbook.cli;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceRepository;
import io.drillbook.core.playbook.PlaybookJournal;
import io.drillbook.core.playbook.PlaybookRunDetails;
import io.drillbook.core.playbook.PlaybookRunHistory;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.StepRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code playbook show RUN}: one playbook run: every step with its state, actor, command, output digest, and the evidence about it. */
@ReadOnly
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one playbook run: steps, who did them, outputs, evidence.")
public final class PlaybookShowCommand implements Callable<Integer> {
    private final Supplier<PlaybookJournal> journal;
    private final Supplier<EvidenceRepository> evidence;

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "RUN", description = "The run id (see: drillbook playbook runs).")
    String runId;
    @Option(names = "--json", description = "Print the run as JSON.")
    boolean json;

    public PlaybookShowCommand(Supplier<PlaybookJournal> journal, Supplier<EvidenceRepository> evidence) {
        this.journal = journal;
        this.evidence = evidence;
    }

    @Override
    public Integer call() {
        Optional<PlaybookRunDetails> run = new PlaybookRunHistory(journal.get(), evidence.get()).details(runId);
        if (run.isEmpty()) {
            spec.commandLine().getErr().println("error: no playbook run '" + runId + "' (see: drillbook playbook runs)");
            return ExitCodes.ERROR;
        }
        List<StepRecord> steps = run.get().steps();
        List<EvidenceEvent> events = run.get().events();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = PlaybookRunsCommand.toJson(run.get().run());
            m.put("steps", steps);
            m.put("evidence", events.stream().map(RunJson::event).toList());
            out.println(RunJson.write(m));
        } else {
            RunInfo r = run.get().run();
            out.printf("playbook %s: '%s' on %s by %s, started %s, finished %s: %s%n", r.runId(), r.playbook(), r.target(), r.operator(),
                    CliTimes.at(r.startedAt()), CliTimes.at(r.finishedAt()), r.status());
            for (StepRecord s : steps) {
                out.printf("  %-10s %-40s %-9s%s%n", s.kind(), s.name(), s.state(), s.actor() == null ? "" : " by " + s.actor());
                if (s.command() != null) {
                    out.println("             " + s.command());
                }
                if (!s.message().isEmpty()) {
                    out.println("             " + s.message());
                }
                if (s.output() != null) {
                    out.printf("             exit %d, stdout sha256 %s%n", s.output().exitStatus(), s.output().stdoutSha256());
                }
            }
            out.println("evidence: " + events.stream().map(e -> "#" + e.seq() + " " + e.kind()).toList());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
