package io.drillbook.core.drill;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.SystemEnv;

import java.util.List;

/** Finished and running restore drills, as summaries. */
public interface DrillRunRepository {

    void save(DrillSummary summary);

    /** Drills of one target, newest first. */
    List<DrillSummary> of(SystemEnv target);

    List<DrillSummary> recent(int limit);
}
