package io.drillbook.core.metrics;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.report.GapRegister;
import io.drillbook.core.report.GapRegister.TrackedGap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Open and overdue gaps per target: a gap belongs to the target of the drill run that found it. */
final class GapCounts {
    private final Map<SystemEnv, Integer> open = new HashMap<>();
    private final Map<SystemEnv, Integer> overdue = new HashMap<>();

    static GapCounts of(List<TrackedGap> gaps, List<DrillSummary> drills, LocalDate today) {
        Map<String, SystemEnv> targetOfRun = new HashMap<>();
        drills.forEach(d -> targetOfRun.put(d.runId(), d.target()));
        GapCounts counts = new GapCounts();
        for (TrackedGap g : gaps) {
            SystemEnv target = g.gap().runId() == null ? null : targetOfRun.get(g.gap().runId());
            if (target == null || g.status() == GapRegister.Status.CLOSED) {
                continue;
            }
            counts.open.merge(target, 1, Integer::sum);
            if (isPast(g.gap().due(), today)) {
                counts.overdue.merge(target, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static boolean isPast(String due, LocalDate today) {
        if (due == null || due.isBlank()) {
            return false;
        }
        try {
            return LocalDate.parse(due.length() > 10 ? due.substring(0, 10) : due).isBefore(today);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    int open(SystemEnv target) {
        return open.getOrDefault(target, 0);
    }

    int overdue(SystemEnv target) {
        return overdue.getOrDefault(target, 0);
    }
}
