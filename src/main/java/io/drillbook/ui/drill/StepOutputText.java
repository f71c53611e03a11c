package io.drillbook.ui.drill;

import io.drillbook.core.drill.OutputDigest;
import io.drillbook.core.drill.StepOutcome;

import java.nio.charset.StandardCharsets;

/** What a drill step printed, as the detail view shows it: the command, exit status and digests, then stdout's head and tail and stderr's tail. */
final class StepOutputText {
    private StepOutputText() {
    }

    /** True when the head and tail kept in the evidence leave part of stdout out. */
    static boolean truncated(StepOutcome step) {
        OutputDigest o = step.output();
        return o != null && o.stdoutBytes() > utf8(o.stdoutHead()) + utf8(o.stdoutTail());
    }

    static String of(StepOutcome step) {
        StringBuilder text = new StringBuilder();
        OutputDigest o = step.output();
        if (!step.message().isEmpty() && (o == null || !step.message().equals(o.outcome()))) {
            text.append(step.state().name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(step.message()).append("\n\n");
        }
        if (step.command() != null) {
            text.append("$ ").append(step.command()).append('\n');
        }
        if (o == null) {
            text.append(step.confirmation() != null ? "(a manual step: nothing was run)"
                    : step.command() == null ? "(no command ran)" : "(no output recorded)");
            return text.toString();
        }
        text.append(o.outcome()).append(", stdout ").append(o.stdoutBytes()).append(" bytes, sha256 ").append(o.stdoutSha256())
                .append('\n').append("--- stdout ---\n").append(nullToEmpty(o.stdoutHead()));
        if (truncated(step)) {
            long hidden = o.stdoutBytes() - utf8(o.stdoutHead()) - utf8(o.stdoutTail());
            text.append("\n[... ").append(hidden).append(" bytes not shown here ...]\n");
        }
        text.append(nullToEmpty(o.stdoutTail()));
        if (o.stderrBytes() > 0) {
            text.append("\n--- stderr (").append(o.stderrBytes()).append(" bytes, last part) ---\n").append(nullToEmpty(o.stderrTail()));
        }
        return text.toString();
    }

    /** The header of {@link #of} followed by the whole of stdout read from the outputs folder. */
    static String full(StepOutcome step, String stdout) {
        String header = step.command() == null ? "" : "$ " + step.command() + "\n";
        return header + step.output().outcome() + ", stdout " + step.output().stdoutBytes() + " bytes (all of it below)\n--- stdout ---\n"
                + stdout;
    }

    private static long utf8(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
