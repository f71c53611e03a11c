package io.drillbook.testing.fakes;

import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.playbook.PlaybookJournal;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.playbook.StepRecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Playbook runs and their steps in maps. */
public final class InMemoryPlaybookJournal implements PlaybookJournal, InMemoryTransactions.Snapshotting {
    private static final Comparator<RunInfo> OLDEST_FIRST = Comparator.comparing(RunInfo::startedAt, Comparator.nullsFirst(Comparator.naturalOrder()));
    private final Map<String, RunInfo> runs = new LinkedHashMap<>();
    private final Map<String, TreeMap<Integer, StepRecord>> steps = new HashMap<>();

    @Override
    public synchronized void saveRun(RunInfo run) {
        runs.put(run.runId(), run);
    }

    @Override
    public synchronized void saveStep(String runId, StepRecord step) {
        steps.computeIfAbsent(runId, r -> new TreeMap<>()).put(step.index(), step);
    }

    @Override
    public synchronized Optional<RunInfo> run(String runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public synchronized List<StepRecord> steps(String runId) {
        return new ArrayList<>(steps.getOrDefault(runId, new TreeMap<>()).values());
    }

    @Override
    public synchronized List<RunInfo> withStatus(RunStatus status) {
        return runs.values().stream().filter(r -> r.status() == status).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public synchronized List<RunInfo> runsOf(String playbook, int limit) {
        return runs.values().stream().filter(r -> Objects.equals(r.playbook(), playbook)).sorted(OLDEST_FIRST.reversed())
                .limit(Math.max(0, limit)).toList();
    }

    @Override
    public synchronized List<RunInfo> recent(SystemEnv target, int limit) {
        return runs.values().stream().filter(r -> target == null || target.equals(r.target())).sorted(OLDEST_FIRST.reversed())
                .limit(Math.max(1, limit)).toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<String, RunInfo> savedRuns = new LinkedHashMap<>(runs);
        Map<String, TreeMap<Integer, StepRecord>> savedSteps = new HashMap<>();
        steps.forEach((k, v) -> savedSteps.put(k, new TreeMap<>(v)));
        return () -> {
            synchronized (this) {
                runs.clear();
                runs.putAll(savedRuns);
                steps.clear();
                steps.putAll(savedSteps);
            }
        };
    }
}
