package io.drillbook.core.drill;

import io.drillbook.core.connect.CapturedOutput;
import io.drillbook.core.connect.CommandResult;
import io.drillbook.core.evidence.Redaction;

/**
 * What a step's command printed, as evidence: exit status, SHA-256 and size of each channel, and a
 * redacted head and tail (together the whole output when it was short). The full output files are named only when the plan keeps them.
 *
 * @param stdoutFile null when the full output was not kept
 */
public record OutputDigest(int exitStatus, String outcome, String stdoutSha256, long stdoutBytes, String stdoutHead,
                           String stdoutTail, String stderrSha256, long stderrBytes, String stderrTail,
                           String stdoutFile, String stderrFile) {

    static OutputDigest of(CommandResult result, boolean keptFiles) {
        CapturedOutput out = result.stdout();
        CapturedOutput err = result.stderr();
        return new OutputDigest(result.exitStatus(), result.outcome(), out.sha256(), out.bytes(),
                Redaction.redact(out.head()), Redaction.redact(out.tail()),
                err.sha256(), err.bytes(), Redaction.redact(err.truncated() ? err.tail() : err.head() + err.tail()),
                keptFiles ? out.file().toString() : null, keptFiles ? err.file().toString() : null);
    }

    /**
     * Why a command failed as a person reads it: the outcome ("exit 1 after 76 ms") followed by the
     * last lines it wrote to standard error (redacted, at most 3 lines and 400 characters), which
     * usually hold the real cause.
     */
    public String failureText() {
        String tail = stderrTail == null ? "" : stderrTail.strip();
        if (tail.isEmpty()) {
            return outcome;
        }
        String[] lines = tail.split("\\R");
        String last = String.join(" | ", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 3), lines.length)).strip();
        if (last.length() > 400) {
            last = "..." + last.substring(last.length() - 400);
        }
        return outcome + ": " + last;
    }
}
