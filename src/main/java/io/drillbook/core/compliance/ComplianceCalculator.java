package io.drillbook.core.compliance;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link ComplianceMatrix} from day summaries, policies and drills: one pass over the
 * summaries, each day judged by the policy in force that day.
 */
public final class ComplianceCalculator {
    private final ZoneId zone;
    private final Instant now;

    public ComplianceCalculator(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    public ComplianceMatrix compute(List<SystemEnv> rows, LocalDate from, int days, Map<SystemEnv, List<Policy>> policies,
                                    Map<SystemEnv, List<DrillSummary>> drills, DaySummaryStore store) {
        ComplianceMatrix matrix = new ComplianceMatrix(rows, from, days, zone);
        long[] dayStarts = dayStarts(from, days);
        Map<SystemEnv, DaySummaryStore.CarryIn> carry = store.newestBefore(from);
        RowEvaluator[] evaluators = new RowEvaluator[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            SystemEnv target = rows.get(r);
            evaluators[r] = new RowEvaluator(matrix, r, dayStarts, now.getEpochSecond(), policies.getOrDefault(target, List.of()),
                    new DrillTimeline(drills.getOrDefault(target, List.of()), zone),
                    carry.getOrDefault(target, DaySummaryStore.CarryIn.NONE));
        }
        store.forEach(from, from.plusDays(days), rows.size() == 1 ? rows.get(0) : null, s -> {
            int row = matrix.row(s.target());
            if (row >= 0) {
                evaluators[row].accept(matrix.column(s.day()), s);
            }
        });
        for (RowEvaluator evaluator : evaluators) {
            evaluator.finish();
        }
        return matrix;
    }

    private long[] dayStarts(LocalDate from, int days) {
        long[] starts = new long[days + 1];
        for (int i = 0; i <= days; i++) {
            starts[i] = from.plusDays(i).atStartOfDay(zone).toEpochSecond();
        }
        return starts;
    }
}
