package io.drillbook.core.playbook;

import io.drillbook.core.drill.StepState;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The state of one step of a playbook run, as journaled, recorded as evidence and shown.
 *
 * @param actor    who did it: the operator for automated steps, the person who confirmed, approved or skipped
 * @param command  the rendered command, URL or storage action, secrets masked; null before it ran
 * @param output   exit status and digest of the last attempt's output; null when there was none
 * @param message  why it failed, was skipped or cancelled, or what it found; may be empty
 */
public record StepRecord(int index, String name, String kind, StepState state, int attempts, String actor,
                         String command, StepOutput output, String message, Instant startedAt, Instant finishedAt) {

    public StepRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        // Whatever a step's command or message holds (an echoed secret, an exception's text), it is stored masked.
        message = message == null ? "" : io.drillbook.core.evidence.Redaction.redact(message);
        command = io.drillbook.core.evidence.Redaction.redact(command);
    }

    static StepRecord pending(int index, PlaybookStep step) {
        return new StepRecord(index, step.name(), step.action().kind(), StepState.PENDING, 0, null, null, null, "", null, null);
    }

    StepRecord running(Instant at, int attempt) {
        return new StepRecord(index, name, kind, StepState.RUNNING, attempt, actor, command, output, "", at, null);
    }

    StepRecord finished(StepState next, String who, String rendered, StepOutput out, String why, Instant at) {
        return new StepRecord(index, name, kind, next, attempts, who, rendered, out, why, startedAt, at);
    }

    StepRecord moved(StepState next, String who, String why, Instant at) {
        return new StepRecord(index, name, kind, next, attempts, who, command, output, why, startedAt, at);
    }

    StepRecord reset() {
        return new StepRecord(index, name, kind, StepState.PENDING, 0, null, null, null, "", null, null);
    }

    /** How long it ran; zero when it did not. */
    public Duration elapsed() {
        return startedAt == null || finishedAt == null ? Duration.ZERO : Duration.between(startedAt, finishedAt);
    }

    Map<String, Object> toEvidence() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("index", index);
        p.put("name", name);
        p.put("kind", kind);
        p.put("state", state.name());
        p.put("attempts", attempts);
        put(p, "actor", actor);
        put(p, "command", command);
        put(p, "message", message.isEmpty() ? null : message);
        put(p, "startedAt", startedAt == null ? null : startedAt.toString());
        put(p, "finishedAt", finishedAt == null ? null : finishedAt.toString());
        p.put("elapsedMillis", elapsed().toMillis());
        if (output != null) {
            p.put("output", output.toEvidence());
        }
        return p;
    }

    private static void put(Map<String, Object> p, String key, Object value) {
        if (value != null) {
            p.put(key, value);
        }
    }
}
