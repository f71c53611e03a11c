package io.drillbook.testing.fakes;

import io.drillbook.core.drill.DrillPlanRepository;
import io.drillbook.core.drill.StoredDrillPlan;
import io.drillbook.core.model.SystemEnv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Stored drill plans by name. */
public final class InMemoryDrillPlanRepository implements DrillPlanRepository {
    private final TreeMap<String, StoredDrillPlan> plans = new TreeMap<>();

    @Override
    public synchronized void save(StoredDrillPlan plan) {
        plans.put(plan.name(), plan);
    }

    @Override
    public synchronized Optional<StoredDrillPlan> find(String name) {
        return Optional.ofNullable(plans.get(name));
    }

    @Override
    public synchronized List<StoredDrillPlan> all() {
        return new ArrayList<>(plans.values());
    }

    @Override
    public synchronized List<StoredDrillPlan> forTarget(SystemEnv target) {
        return plans.values().stream().filter(p -> p.target().equals(target)).toList();
    }

    @Override
    public synchronized boolean delete(String name) {
        return plans.remove(name) != null;
    }
}
