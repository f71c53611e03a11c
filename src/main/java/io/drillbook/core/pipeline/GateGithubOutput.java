package io.drillbook.core.pipeline;

import io.drillbook.core.calendar.GateDecision;
import io.drillbook.core.calendar.GateResult;
import io.drillbook.core.calendar.GateStatus;

/**
 * A gate decision for GitHub Actions: workflow commands ({@code ::error title=…::reason}) that show
 * as annotations on the run, and a Markdown table for the job summary ({@code $GITHUB_STEP_SUMMARY}).
 */
public final class GateGithubOutput {
    private GateGithubOutput() {
    }

    /** One {@code ::error} per failed or unknown gate, {@code ::notice} per waived one, then a final line. */
    public static String annotations(GateDecision decision) {
        StringBuilder sb = new StringBuilder();
        for (GateResult r : decision.results()) {
            String level = r.status() == GateStatus.WAIVED ? "notice" : r.status().allowsGo() ? null : "error";
            if (level != null) {
                sb.append("::").append(level).append(" title=").append(property("Gate " + GateNames.slug(r.gate())
                        + " " + r.status().name().toLowerCase(java.util.Locale.ROOT) + " for " + decision.target()))
                        .append("::").append(data(r.reason())).append('\n');
            }
        }
        sb.append(decision.go() ? "GO " : "NO-GO ").append(decision.target());
        if (decision.releaseId() != null) {
            sb.append(' ').append(decision.releaseId());
        }
        return sb.append(" at ").append(decision.at()).append('\n').toString();
    }

    /** A Markdown section: heading with the decision, then one table row per gate. */
    public static String summary(GateDecision decision) {
        StringBuilder sb = new StringBuilder("### Drillbook gate: ").append(decision.go() ? "GO" : "NO-GO").append(" for ")
                .append(decision.target());
        if (decision.releaseId() != null) {
            sb.append(' ').append(cell(decision.releaseId()));
        }
        sb.append("\n\nJudged at ").append(decision.at()).append(".\n\n| Gate | Status | Reason |\n|---|---|---|\n");
        for (GateResult r : decision.results()) {
            String icon = r.status() == GateStatus.PASS ? ":white_check_mark:" : r.status() == GateStatus.WAIVED ? ":warning:" : ":x:";
            sb.append("| ").append(r.gate().title()).append(" | ").append(icon).append(' ').append(r.status().name())
                    .append(" | ").append(cell(r.reason())).append(" |\n");
        }
        return sb.append('\n').toString();
    }

    /** Escapes a workflow command's message as the runner expects. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a workflow command's property value (also ':' and ','). */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", "<br>");
    }
}
