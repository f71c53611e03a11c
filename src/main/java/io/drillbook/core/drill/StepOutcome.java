package io.drillbook.core.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The state of one step, check or cleanup step of a run, as persisted and shown.
 *
 * @param index        position in the run (steps, then checks, then cleanup), from 0
 * @param command      the rendered command, redacted; null for manual steps and before it ran
 * @param output       null until a command ended
 * @param verdict      for checks: expected vs actual; else null
 * @param confirmation for manual steps: who confirmed and when; else null
 * @param message      why it failed, was skipped or cancelled; may be empty
 */
public record StepOutcome(int index, StepKind kind, String name, StepState state, String command, OutputDigest output,
                          Expectation.Verdict verdict, ManualConfirmation confirmation, Duration automated,
                          Duration manual, String message, Instant changedAt) {

    public StepOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        automated = automated == null ? Duration.ZERO : automated;
        manual = manual == null ? Duration.ZERO : manual;
        // Whatever a step's command or message holds (an echoed secret, an exception's text), it is stored masked.
        message = message == null ? "" : io.drillbook.core.evidence.Redaction.redact(message);
        command = io.drillbook.core.evidence.Redaction.redact(command);
    }

    static StepOutcome pending(int index, StepKind kind, String name, Instant at) {
        return new StepOutcome(index, kind, name, StepState.PENDING, null, null, null, null, null, null, "", at);
    }

    public StepOutcome withState(StepState next, String why, Instant at) {
        return new StepOutcome(index, kind, name, next, command, output, verdict, confirmation, automated, manual, why, at);
    }

    StepOutcome withCommand(String rendered) {
        return new StepOutcome(index, kind, name, state, rendered, output, verdict, confirmation, automated, manual, message, changedAt);
    }

    StepOutcome withOutput(OutputDigest digest, Duration elapsed) {
        return new StepOutcome(index, kind, name, state, command, digest, verdict, confirmation, elapsed, manual, message, changedAt);
    }

    StepOutcome withVerdict(Expectation.Verdict value) {
        return new StepOutcome(index, kind, name, state, command, output, value, confirmation, automated, manual, message, changedAt);
    }

    StepOutcome withConfirmation(ManualConfirmation value, Duration waited) {
        return new StepOutcome(index, kind, name, state, command, output, verdict, value, automated, waited, message, changedAt);
    }

    /** The evidence payload of this state: plain maps and scalars, so redaction reaches every string. */
    public Map<String, Object> toEvidence() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("index", index);
        p.put("kind", kind.name());
        p.put("name", name);
        p.put("state", state.name());
        putIfPresent(p, "command", command);
        putIfPresent(p, "message", message.isEmpty() ? null : message);
        p.put("automatedMillis", automated.toMillis());
        p.put("manualMillis", manual.toMillis());
        if (output != null) {
            p.put("output", outputEvidence());
        }
        if (verdict != null) {
            p.put("expected", verdict.expected());
            p.put("actual", verdict.actual());
        }
        if (confirmation != null) {
            p.put("confirmedBy", confirmation.confirmedBy());
            p.put("confirmedAt", confirmation.confirmedAt().toString());
            p.put("confirmedDone", confirmation.done());
            putIfPresent(p, "note", confirmation.note().isEmpty() ? null : confirmation.note());
        }
        return p;
    }

    private Map<String, Object> outputEvidence() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("exitStatus", output.exitStatus());
        o.put("outcome", output.outcome());
        o.put("stdoutSha256", output.stdoutSha256());
        o.put("stdoutBytes", output.stdoutBytes());
        o.put("stdoutHead", output.stdoutHead());
        o.put("stdoutTail", output.stdoutTail());
        o.put("stderrSha256", output.stderrSha256());
        o.put("stderrBytes", output.stderrBytes());
        o.put("stderrTail", output.stderrTail());
        return o;
    }

    private static void putIfPresent(Map<String, Object> p, String key, Object value) {
        if (value != null) {
            p.put(key, value);
        }
    }
}
