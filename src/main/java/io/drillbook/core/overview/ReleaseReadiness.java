package io.drillbook.core.overview;

import io.drillbook.core.calendar.Gate;
import io.drillbook.core.calendar.GateDecision;
import io.drillbook.core.calendar.GateResult;
import io.drillbook.core.calendar.GateStatus;
import io.drillbook.core.model.Release;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An upcoming release as the overview shows it: go or no-go over all its targets, and the reason
 * of the first gate that stops it (a failed gate before one that cannot be judged, in gate order).
 * A pre-release backup that is missing while there is still time to take it (the window starts
 * later than the allowed backup age from now) is still to come, not a failure.
 */
public final class ReleaseReadiness {
    private ReleaseReadiness() {
    }

    public static AttentionItem item(Release release, List<GateDecision> decisions, Instant now) {
        List<GateResult> all = decisions.stream().flatMap(d -> d.results().stream()).toList();
        List<GateResult> results = all.stream().filter(r -> !stillToCome(r, now, release.start())).toList();
        boolean backupToCome = results.size() < all.size();
        Optional<GateResult> failed = first(results, GateStatus.FAIL);
        Optional<GateResult> unknown = first(results, GateStatus.UNKNOWN);
        AttentionLevel level = failed.isPresent() ? AttentionLevel.BREACH : unknown.isPresent() ? AttentionLevel.AT_RISK : AttentionLevel.OK;
        String detail = failed.or(() -> unknown)
                .map(r -> "no-go · gate \u201c" + r.gate().title() + "\u201d" + (decisions.size() > 1 ? " (" + r.target() + ")" : "") + ": "
                        + r.reason())
                .orElseGet(() -> backupToCome ? "go so far · pre-release backup still to take; " + passText(results, "every other gate")
                        : "go · " + passText(results, "every gate"));
        AttentionLink link = new AttentionLink(AttentionLink.Kind.RELEASE, release.id(),
                release.targets().isEmpty() ? null : release.targets().get(0), release.start(), "");
        return new AttentionItem(AttentionSection.RELEASES, level, release.id() + " " + release.title(), detail, link);
    }

    /** True for a failed pre-release backup gate while there is still time to take the backup before {@code start}. */
    static boolean stillToCome(GateResult r, Instant now, Instant start) {
        if (r.gate() != Gate.PRE_RELEASE_BACKUP || r.status() != GateStatus.FAIL || !(r.data().get("allowedAge") instanceof String age)) {
            return false;
        }
        try {
            return now.plus(Duration.parse(age)).isBefore(start);
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** The first result with {@code status} in the order the gates are listed (target by target). */
    static Optional<GateResult> first(List<GateResult> results, GateStatus status) {
        return results.stream().filter(r -> r.status() == status).findFirst();
    }

    private static String passText(List<GateResult> results, String gates) {
        long waived = results.stream().filter(r -> r.status() == GateStatus.WAIVED).count();
        return waived == 0 ? gates + " passes" : gates + " passes or is waived (" + waived + " waived)";
    }
}
