package io.drillbook.core.overview;

import io.drillbook.core.calendar.GateDecision;
import io.drillbook.core.calendar.GateResult;
import io.drillbook.core.calendar.GateStatus;
import io.drillbook.core.model.Release;

import java.util.List;
import java.util.Optional;

/**
 * An upcoming release as the overview shows it: go or no-go over all its targets, and the reason
 * of the first gate that stops it (a failed gate before one that cannot be judged, in gate order).
 */
public final class ReleaseReadiness {
    private ReleaseReadiness() {
    }

    public static AttentionItem item(Release release, List<GateDecision> decisions) {
        List<GateResult> results = decisions.stream().flatMap(d -> d.results().stream()).toList();
        Optional<GateResult> failed = first(results, GateStatus.FAIL);
        Optional<GateResult> unknown = first(results, GateStatus.UNKNOWN);
        AttentionLevel level = failed.isPresent() ? AttentionLevel.BREACH : unknown.isPresent() ? AttentionLevel.AT_RISK : AttentionLevel.OK;
        String detail = failed.or(() -> unknown)
                .map(r -> "no-go · " + r.gate().title() + (decisions.size() > 1 ? " (" + r.target() + ")" : "") + ": " + r.reason())
                .orElseGet(() -> "go · " + passText(results));
        AttentionLink link = new AttentionLink(AttentionLink.Kind.RELEASE, release.id(),
                release.targets().isEmpty() ? null : release.targets().get(0), release.start(), "");
        return new AttentionItem(AttentionSection.RELEASES, level, release.id() + " " + release.title(), detail, link);
    }

    /** The first result with {@code status} in the order the gates are listed (target by target). */
    static Optional<GateResult> first(List<GateResult> results, GateStatus status) {
        return results.stream().filter(r -> r.status() == status).findFirst();
    }

    private static String passText(List<GateResult> results) {
        long waived = results.stream().filter(r -> r.status() == GateStatus.WAIVED).count();
        return waived == 0 ? "every gate passes" : "every gate passes or is waived (" + waived + " waived)";
    }
}
