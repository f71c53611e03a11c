package io.drillbook.core.overview;

import io.drillbook.core.calendar.Occurrence;
import io.drillbook.core.calendar.RecurrenceExpander;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.playbook.IncidentFreeze;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.RunStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Freezes in force now or starting within the horizon, and recoveries under way: playbook runs
 * running, paused, stopped at a failed step or cut off, started within the horizon back. A run's
 * own active-recovery freeze is not listed twice: the run's item stands for both.
 */
public final class FreezesAndRecoveries {
    private FreezesAndRecoveries() {
    }

    public static List<AttentionItem> items(List<Freeze> freezes, List<RunInfo> runs, RecurrenceExpander expander,
                                            Instant now, Duration horizon) {
        List<AttentionItem> out = new ArrayList<>();
        Set<String> runFreezes = new HashSet<>();
        for (RunInfo run : runs) {
            if (run.status().isEnded() || run.startedAt() == null || run.startedAt().isBefore(now.minus(horizon))) {
                continue;
            }
            runFreezes.add(IncidentFreeze.nameFor(run.playbook(), run.runId()));
            out.add(new AttentionItem(AttentionSection.FREEZES, AttentionLevel.BREACH,
                    "Recovery " + state(run.status()) + ": " + run.playbook(),
                    (run.target() == null ? "" : run.target() + " · ") + "run " + run.runId()
                            + (run.operator() == null ? "" : " by " + run.operator()),
                    new AttentionLink(AttentionLink.Kind.PLAYBOOK_RUN, run.runId(), run.target(), run.startedAt(), run.playbook())));
        }
        for (Freeze f : freezes) {
            if (runFreezes.contains(f.name())) {
                continue;
            }
            List<Occurrence> next = expander.between(f.when(), now, now.plus(horizon));
            if (next.isEmpty()) {
                continue;
            }
            Occurrence o = next.get(0);
            boolean inForce = !o.start().isAfter(now);
            String scope = f.environments().isEmpty() ? "all environments" : String.join(", ", f.environments());
            AttentionLevel level = f.activeRecovery() ? AttentionLevel.BREACH : AttentionLevel.INFO;
            out.add(new AttentionItem(AttentionSection.FREEZES, level,
                    (f.activeRecovery() ? "Active recovery: " : inForce ? "Freeze in force: " : "Freeze ahead: ") + shortName(f),
                    scope + (f.reason().isBlank() ? "" : " · " + f.reason()),
                    new AttentionLink(AttentionLink.Kind.FREEZE, f.name(), null, inForce ? now : o.start(), "")));
        }
        return out;
    }

    private static String shortName(Freeze f) {
        return f.activeRecovery() && f.name().startsWith("Active recovery: ") ? f.name().substring("Active recovery: ".length()) : f.name();
    }

    private static String state(RunStatus status) {
        return switch (status) {
            case RUNNING -> "under way";
            case PAUSED -> "paused";
            case FAILED -> "stopped at a failed step";
            case INTERRUPTED -> "interrupted";
            default -> status.name().toLowerCase();
        };
    }
}
