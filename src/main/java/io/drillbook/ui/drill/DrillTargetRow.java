package io.drillbook.ui.drill;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.SystemEnv;

/** One system/environment the wizard offers, with its targets and its newest drill (null when none). */
public record DrillTargetRow(SystemEnv target, Policy policy, DrillSummary lastDrill) {
    @Override
    public String toString() {
        return target.toString();
    }
}
