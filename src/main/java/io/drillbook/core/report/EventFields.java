package io.drillbook.core.report;

import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.EvidenceEvent;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Reads the payload fields reports rely on, as the drill runner, playbook runner, gate service and
 * gap register write them: a run's events carry the run id as subject; {@code system} and
 * {@code environment}, or {@code target} "system/environment", or a subject "system/environment"
 * (also after '@' as in "REL-1042@shop/prod") place an event.
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

    String kind() {
        return event.kind();
    }

    Object raw(String key) {
        return payload.get(key);
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

    /** A nested object's field as text, empty when absent. */
    String nested(String object, String key) {
        return payload.get(object) instanceof Map<?, ?> m && m.get(key) != null ? String.valueOf(m.get(key)) : "";
    }

    Duration seconds(String key) {
        return payload.get(key) instanceof Number n ? Duration.ofSeconds(n.longValue()) : null;
    }

    int integer(String key, int otherwise) {
        return payload.get(key) instanceof Number n ? n.intValue() : otherwise;
    }

    static Instant instant(String text) {
        if (text == null || text.isEmpty() || "null".equals(text)) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "system/environment" named by the payload or subject, empty when the event names none. */
    String target() {
        String system = text("system");
        String environment = text("environment", "env");
        if (!system.isEmpty() && !environment.isEmpty()) {
            return system + "/" + environment;
        }
        String target = text("target");
        if (target.matches("[^/]+/[^/]+")) {
            return target;
        }
        String subject = event.subject();
        String tail = subject.substring(subject.indexOf('@') + 1);
        return tail.matches("[^/@]+/[^/@]+") ? tail : "";
    }
}
