package io.drillbook.cli;

import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.playbook.PlaybookJournal;
import io.drillbook.core.playbook.RunInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code playbook runs}: playbook runs newest first, with status; {@code --interrupted} only those cut off. */
@ReadOnly
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List playbook runs, newest first.")
public final class PlaybookRunsCommand implements Callable<Integer> {
    private final Supplier<PlaybookJournal> journal;

    @Spec
    CommandSpec spec;
    @Mixin
    RunListOptions options;
    @Option(names = "--interrupted", description = "Only runs that were cut off (they resume from the console or with playbook run).")
    boolean interrupted;

    public PlaybookRunsCommand(Supplier<PlaybookJournal> journal) {
        this.journal = journal;
    }

    @Override
    public Integer call() {
        if (options.problem().isPresent()) {
            spec.commandLine().getErr().println(options.problem().get());
            return ExitCodes.ERROR;
        }
        SystemEnv target = options.target();
        int limit = options.limit;
        boolean json = options.json;
        List<RunInfo> runs = journal.get().recent(target, interrupted ? 10_000 : limit).stream()
                .filter(r -> !interrupted || r.status().name().equals("INTERRUPTED")).limit(limit).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(RunJson.write(runs.stream().map(PlaybookRunsCommand::toJson).toList()));
        } else {
            runs.forEach(r -> out.printf("%-30s %-24s %-16s %-32s %-11s by %s%n", r.runId(), CliTimes.at(r.startedAt()), r.target(), r.playbook(),
                    r.status(), r.operator()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    static Map<String, Object> toJson(RunInfo r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runId", r.runId());
        m.put("playbook", r.playbook());
        m.put("system", r.target().system());
        m.put("environment", r.target().environment());
        m.put("operator", r.operator());
        m.put("status", r.status().name());
        m.put("position", r.position());
        m.put("parameters", r.parameters());
        m.put("startedAt", String.valueOf(r.startedAt()));
        m.put("finishedAt", r.finishedAt() == null ? null : r.finishedAt().toString());
        return m;
    }
}
