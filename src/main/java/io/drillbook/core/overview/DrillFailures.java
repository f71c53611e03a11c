package io.drillbook.core.overview;

import io.drillbook.core.format.HumanUnits;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drills that failed (or were cut off) since a moment and have not been followed by a passing
 * drill of the same target: a later pass settles an earlier failure.
 */
public final class DrillFailures {
    private DrillFailures() {
    }

    /** @param newestFirst drill summaries, newest first (as the repository lists them) */
    public static List<AttentionItem> items(List<DrillSummary> newestFirst, Instant since, Instant now) {
        Set<SystemEnv> settled = new HashSet<>();
        List<AttentionItem> out = new ArrayList<>();
        for (DrillSummary d : newestFirst) {
            if (d.startedAt().isBefore(since)) {
                break;
            }
            if (d.passed()) {
                settled.add(d.target());
            } else if ((d.result() == RunResult.FAILED || d.result() == RunResult.INTERRUPTED) && settled.add(d.target())) {
                String ago = HumanUnits.duration(Duration.between(d.startedAt(), now));
                out.add(new AttentionItem(AttentionSection.DRILLS, AttentionLevel.BREACH,
                        d.target() + ": drill " + (d.result() == RunResult.FAILED ? "failed" : "interrupted"),
                        (d.plan() == null ? "" : d.plan() + " · ") + ago + " ago" + (d.operator() == null ? "" : " by " + d.operator())
                                + " · no passing drill since",
                        new AttentionLink(AttentionLink.Kind.DRILL_RUN, d.runId(), d.target(), d.startedAt(), "")));
            }
        }
        return out;
    }
}
