package io.drillbook.core.playbook;

import io.drillbook.core.connect.CapturedOutput;
import io.drillbook.core.connect.CommandResult;
import io.drillbook.core.evidence.Redaction;

import java.util.LinkedHashMap;
import java.util.Map;

/** A command's output as evidence: exit status, SHA-256 and size of stdout, redacted tails. */
public record StepOutput(int exitStatus, String outcome, String stdoutSha256, long stdoutBytes, String stdoutTail,
                         String stderrTail) {

    static StepOutput of(CommandResult result) {
        CapturedOutput out = result.stdout();
        CapturedOutput err = result.stderr();
        return new StepOutput(result.exitStatus(), result.outcome(), out.sha256(), out.bytes(),
                Redaction.redact(out.truncated() ? out.tail() : out.head() + out.tail()),
                Redaction.redact(err.truncated() ? err.tail() : err.head() + err.tail()));
    }

    static StepOutput of(int status, String outcome, String body) {
        return new StepOutput(status, outcome, null, body.length(), Redaction.redact(body), "");
    }

    Map<String, Object> toEvidence() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("exitStatus", exitStatus);
        o.put("outcome", outcome);
        if (stdoutSha256 != null) {
            o.put("stdoutSha256", stdoutSha256);
        }
        o.put("stdoutBytes", stdoutBytes);
        o.put("stdoutTail", stdoutTail);
        o.put("stderrTail", stderrTail);
        return o;
    }
}
