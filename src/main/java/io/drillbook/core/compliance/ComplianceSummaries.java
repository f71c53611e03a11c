package io.drillbook.core.compliance;

import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.SystemEnv;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Roll-ups of a matrix: target-days per status by environment, tier or owner; breach days per quarter. */
public final class ComplianceSummaries {
    private ComplianceSummaries() {
    }

    public static Map<String, StatusCounts> byEnvironment(ComplianceMatrix m, Metric metric) {
        return by(m, metric, SystemEnv::environment);
    }

    public static Map<String, StatusCounts> byTier(ComplianceMatrix m, Metric metric, Map<String, ProtectedSystem> systems) {
        return by(m, metric, t -> systems.containsKey(t.system()) ? "tier " + systems.get(t.system()).tier() : "unknown");
    }

    public static Map<String, StatusCounts> byOwner(ComplianceMatrix m, Metric metric, Map<String, ProtectedSystem> systems) {
        return by(m, metric, t -> systems.containsKey(t.system()) ? systems.get(t.system()).owner() : "unknown");
    }

    /** Target-days per status, grouped by {@code group} of each row. */
    public static Map<String, StatusCounts> by(ComplianceMatrix m, Metric metric, Function<SystemEnv, String> group) {
        Map<String, StatusCounts> out = new TreeMap<>();
        for (int r = 0; r < m.rows().size(); r++) {
            String key = group.apply(m.rows().get(r));
            StatusCounts counts = out.getOrDefault(key, StatusCounts.ZERO);
            for (int c = 0; c < m.days(); c++) {
                counts = counts.plus(m.status(metric, r, c));
            }
            out.put(key, counts);
        }
        return out;
    }

    /** Breach target-days per calendar quarter, keyed like {@code 2026-Q3}. */
    public static Map<String, Integer> breachDaysPerQuarter(ComplianceMatrix m, Metric metric) {
        Map<String, Integer> out = new TreeMap<>();
        for (int c = 0; c < m.days(); c++) {
            LocalDate day = m.day(c);
            String quarter = day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            int breaches = 0;
            for (int r = 0; r < m.rows().size(); r++) {
                breaches += m.status(metric, r, c) == ComplianceStatus.BREACH ? 1 : 0;
            }
            out.merge(quarter, breaches, Integer::sum);
        }
        return out;
    }
}
