package io.drillbook.testing.fakes;

import io.drillbook.core.drill.CleanupPlan;
import io.drillbook.core.drill.DrillLeftoverStore;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What each drill run must clean up, by run id, until it is cleaned. */
public final class InMemoryDrillLeftoverStore implements DrillLeftoverStore {
    private final Map<String, Entry> entries = new TreeMap<>();

    private record Entry(CleanupPlan plan, Instant keptUntil, Instant cleanedAt) {
    }

    @Override
    public synchronized void remember(String runId, CleanupPlan plan) {
        if (entries.containsKey(runId)) {
            throw new IllegalStateException("leftovers of run " + runId + " are remembered already");
        }
        entries.put(runId, new Entry(plan, null, null));
    }

    @Override
    public synchronized void keepUntil(String runId, Instant until) {
        entries.computeIfPresent(runId, (id, e) -> new Entry(e.plan(), until, e.cleanedAt()));
    }

    @Override
    public synchronized void cleaned(String runId, Instant at) {
        entries.computeIfPresent(runId, (id, e) -> new Entry(e.plan(), e.keptUntil(), at));
    }

    @Override
    public synchronized Optional<CleanupPlan> plan(String runId) {
        return Optional.ofNullable(entries.get(runId)).map(Entry::plan);
    }

    @Override
    public synchronized Optional<Instant> keptUntil(String runId) {
        return Optional.ofNullable(entries.get(runId)).map(Entry::keptUntil);
    }

    @Override
    public synchronized List<String> uncleaned() {
        return entries.entrySet().stream().filter(e -> e.getValue().cleanedAt() == null).map(Map.Entry::getKey).toList();
    }
}
