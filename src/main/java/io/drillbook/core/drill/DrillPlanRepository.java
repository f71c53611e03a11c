package io.drillbook.core.drill;

import io.drillbook.core.model.SystemEnv;

import java.util.List;
import java.util.Optional;

/** Drill plans kept in the workspace, by name. */
public interface DrillPlanRepository {

    /** Adds the plan or replaces the one with the same name. */
    void save(StoredDrillPlan plan);

    Optional<StoredDrillPlan> find(String name);

    /** Every plan, by name. */
    List<StoredDrillPlan> all();

    /** The plans proving one system in one environment, by name. */
    List<StoredDrillPlan> forTarget(SystemEnv target);

    /** Removes the plan; false when there was none. */
    boolean delete(String name);
}
