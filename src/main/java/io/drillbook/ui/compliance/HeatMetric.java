package io.drillbook.ui.compliance;

import io.drillbook.core.compliance.ComplianceMatrix;
import io.drillbook.core.compliance.ComplianceStatus;
import io.drillbook.core.compliance.Metric;

/** What the heat map colours by: one of the core metrics, or the worst of them all. */
public enum HeatMetric {
    RPO("RPO", Metric.RPO),
    TESTED_RPO("Tested RPO", Metric.TESTED_RPO),
    RTO("RTO", Metric.RTO),
    DRILL_FRESHNESS("Drill freshness", Metric.DRILL_FRESHNESS),
    WORST("Worst of all", null);

    private final String label;
    private final Metric metric;

    HeatMetric(String label, Metric metric) {
        this.label = label;
        this.metric = metric;
    }

    public ComplianceStatus statusOf(ComplianceMatrix m, int row, int column) {
        if (metric != null) {
            return m.status(metric, row, column);
        }
        ComplianceStatus worst = ComplianceStatus.UNKNOWN;
        for (Metric each : Metric.values()) {
            worst = worst.worse(m.status(each, row, column));
        }
        return worst;
    }

    @Override
    public String toString() {
        return label;
    }
}
