package io.drillbook.core.report;

import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.EvidenceEvent;

import java.util.Map;

/**
 * Reads the payload fields reports rely on. The conventions, for features that record evidence:
 * {@code runId} ties an event to a drill or playbook run; {@code system} and {@code environment}
 * (or a subject {@code system/environment}) place it in scope; {@code name} or {@code step} names a
 * step; {@code state}, {@code result} or {@code exitStatus} give its outcome.
 */
final class EventFields {
    private final EvidenceEvent event;
    private final Map<String, Object> payload;

    EventFields(EvidenceEvent event) {
        this.event = event;
        Map<String, Object> parsed;
        try {
            parsed = CanonicalJson.readMap(event.payload());
        } catch (RuntimeException notAnObject) {
            parsed = Map.of();
        }
        this.payload = parsed;
    }

    EvidenceEvent event() {
        return event;
    }

    /** The first of {@code keys} present in the payload, as text; empty when none is. */
    String text(String... keys) {
        for (String key : keys) {
            Object v = payload.get(key);
            if (v != null) {
                return v instanceof String s ? s : CanonicalJson.write(v);
            }
        }
        return "";
    }

    String system() {
        String s = text("system");
        return !s.isEmpty() ? s : subjectPart(0);
    }

    String environment() {
        String e = text("environment", "env");
        return !e.isEmpty() ? e : subjectPart(1);
    }

    boolean inScope(ReportScope scope) {
        if (!scope.isFiltered()) {
            return true;
        }
        String system = system();
        String environment = environment();
        return scope.includes(system.isEmpty() ? null : system, environment.isEmpty() ? null : environment);
    }

    private String subjectPart(int index) {
        String[] parts = event.subject().split("/");
        return parts.length == 2 ? parts[index] : "";
    }

    RunStep asStep() {
        String name = text("name", "step", "check");
        String detail = text("detail", "message", "actual").isEmpty() ? "" : describeDetail();
        return new RunStep(text("runId"), event.seq(), event.time(), event.actor(), event.kind(),
                name.isEmpty() ? event.kind() : name, text("state", "result", "exitStatus", "status"), detail);
    }

    private String describeDetail() {
        String expected = text("expected");
        String actual = text("actual");
        if (!actual.isEmpty()) {
            return expected.isEmpty() ? "actual " + actual : "expected " + expected + ", actual " + actual;
        }
        return text("detail", "message");
    }

    GapEntry asGap() {
        return new GapEntry(event.seq(), event.time(), text("runId"), event.subject(),
                text("description", "gap", "detail"), text("owner"), text("due", "dueDate"));
    }

    GateEntry asGate() {
        boolean waiver = event.kind().equals("gate.waived");
        return new GateEntry(event.seq(), event.time(), event.actor(), event.kind(), event.subject(),
                waiver ? text("gate") : text("decision", "result", "outcome"),
                text("reason", "reasons"), waiver ? text("expires", "expiresAt") : "");
    }
}
