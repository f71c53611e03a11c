package io.drillbook.ui.compliance;

import io.drillbook.core.compliance.ComplianceMatrix;
import io.drillbook.core.compliance.ComplianceStatus;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.SystemEnv;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.IntStream;

/** Orders the matrix rows for display. */
final class RowSorting {
    private RowSorting() {
    }

    static int[] order(ComplianceMatrix m, RowOrder order, HeatMetric metric, Map<String, ProtectedSystem> systems) {
        Comparator<Integer> bySystem = Comparator.comparing(r -> m.rows().get(r));
        Comparator<Integer> comparator = switch (order) {
            case SYSTEM -> bySystem;
            case ENVIRONMENT -> Comparator.<Integer, String>comparing(r -> m.rows().get(r).environment()).thenComparing(bySystem);
            case TIER -> Comparator.<Integer>comparingInt(r -> tier(systems, m.rows().get(r))).thenComparing(bySystem);
            case OWNER -> Comparator.<Integer, String>comparing(r -> owner(systems, m.rows().get(r))).thenComparing(bySystem);
            case WORST_FIRST -> Comparator.<Integer>comparingInt(r -> -badness(m, metric, r)).thenComparing(bySystem);
        };
        return IntStream.range(0, m.rows().size()).boxed().sorted(comparator).mapToInt(Integer::intValue).toArray();
    }

    /** Breach days weigh most, then at-risk and stale days. */
    private static int badness(ComplianceMatrix m, HeatMetric metric, int row) {
        int score = 0;
        for (int c = 0; c < m.days(); c++) {
            ComplianceStatus s = metric.statusOf(m, row, c);
            score += s == ComplianceStatus.BREACH ? 1000 : s == ComplianceStatus.AT_RISK || s == ComplianceStatus.STALE ? 1 : 0;
        }
        return score;
    }

    static long breachingOnLastDay(ComplianceMatrix m, HeatMetric metric) {
        int last = m.days() - 1;
        return last < 0 ? 0 : IntStream.range(0, m.rows().size())
                .filter(r -> metric.statusOf(m, r, last) == ComplianceStatus.BREACH).count();
    }

    private static int tier(Map<String, ProtectedSystem> systems, SystemEnv t) {
        ProtectedSystem s = systems.get(t.system());
        return s == null ? 99 : s.tier();
    }

    private static String owner(Map<String, ProtectedSystem> systems, SystemEnv t) {
        ProtectedSystem s = systems.get(t.system());
        return s == null ? "~" : s.owner();
    }
}
