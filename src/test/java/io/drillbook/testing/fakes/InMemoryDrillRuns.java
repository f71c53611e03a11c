package io.drillbook.testing.fakes;

import io.drillbook.core.drill.DrillJournal;
import io.drillbook.core.drill.DrillRunRepository;
import io.drillbook.core.drill.StepOutcome;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Drill runs and their step journal, sharing one table of runs as the JDBC adapters share
 * {@code drill_runs}: {@link #repository()} stores summaries, {@link #journal()} the steps and reads
 * the running ones back.
 */
public final class InMemoryDrillRuns implements InMemoryTransactions.Snapshotting {
    private static final Comparator<DrillSummary> NEWEST_FIRST = Comparator.comparing(DrillSummary::startedAt).reversed();
    private final Map<String, DrillSummary> runs = new LinkedHashMap<>();
    private final Map<String, String> profiles = new HashMap<>();
    private final Map<String, TreeMap<Integer, StepOutcome>> steps = new HashMap<>();
    private final DrillRunRepository repository = new Repository();
    private final DrillJournal journal = new Journal();

    public DrillRunRepository repository() {
        return repository;
    }

    public DrillJournal journal() {
        return journal;
    }

    private final class Repository implements DrillRunRepository {
        @Override
        public void save(DrillSummary summary) {
            synchronized (InMemoryDrillRuns.this) {
                runs.put(summary.runId(), summary);
            }
        }

        @Override
        public List<DrillSummary> of(SystemEnv target) {
            synchronized (InMemoryDrillRuns.this) {
                return runs.values().stream().filter(d -> d.target().equals(target)).sorted(NEWEST_FIRST).toList();
            }
        }

        @Override
        public List<DrillSummary> recent(int limit) {
            synchronized (InMemoryDrillRuns.this) {
                return runs.values().stream().sorted(NEWEST_FIRST).limit(Math.max(1, limit)).toList();
            }
        }
    }

    private final class Journal implements DrillJournal {
        @Override
        public void save(String runId, StepOutcome step) {
            synchronized (InMemoryDrillRuns.this) {
                steps.computeIfAbsent(runId, r -> new TreeMap<>()).put(step.index(), step);
            }
        }

        @Override
        public List<StepOutcome> steps(String runId) {
            synchronized (InMemoryDrillRuns.this) {
                return new ArrayList<>(steps.getOrDefault(runId, new TreeMap<>()).values());
            }
        }

        @Override
        public List<DrillSummary> running() {
            synchronized (InMemoryDrillRuns.this) {
                return runs.values().stream().filter(d -> d.result() == RunResult.RUNNING)
                        .sorted(Comparator.comparing(DrillSummary::startedAt))
                        .map(d -> new DrillSummary(d.runId(), d.target(), d.plan(), d.backupId(), d.startedAt(), null,
                                RunResult.RUNNING, null, null, null, null, d.operator()))
                        .toList();
            }
        }

        @Override
        public void saveTargetProfile(String runId, String profile) {
            synchronized (InMemoryDrillRuns.this) {
                if (runs.containsKey(runId)) {
                    profiles.put(runId, profile);
                }
            }
        }

        @Override
        public Optional<String> targetProfile(String runId) {
            synchronized (InMemoryDrillRuns.this) {
                return Optional.ofNullable(profiles.get(runId));
            }
        }

        @Override
        public Optional<DrillSummary> run(String runId) {
            synchronized (InMemoryDrillRuns.this) {
                return Optional.ofNullable(runs.get(runId));
            }
        }
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<String, DrillSummary> savedRuns = new LinkedHashMap<>(runs);
        Map<String, String> savedProfiles = new HashMap<>(profiles);
        Map<String, TreeMap<Integer, StepOutcome>> savedSteps = new HashMap<>();
        steps.forEach((k, v) -> savedSteps.put(k, new TreeMap<>(v)));
        return () -> {
            synchronized (this) {
                runs.clear();
                runs.putAll(savedRuns);
                profiles.clear();
                profiles.putAll(savedProfiles);
                steps.clear();
                steps.putAll(savedSteps);
            }
        };
    }
}
