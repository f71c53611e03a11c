package io.drillbook.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Gate decisions ({@code gate.decision}) with the reasons of the gates that did not pass, and waivers ({@code gate.waived}). */
final class GateSection {
    private GateSection() {
    }

    static List<GateEntry> of(List<EventFields> events, String kind) {
        List<GateEntry> out = new ArrayList<>();
        for (EventFields f : events) {
            if (f.kind().equals(kind)) {
                out.add(entry(f));
            }
        }
        return out;
    }

    private static GateEntry entry(EventFields f) {
        boolean waiver = f.kind().equals("gate.waived");
        String target = f.target();
        String[] parts = target.isEmpty() ? new String[] {"", ""} : target.split("/", 2);
        String subject = f.event().subject();
        String release = f.text("release");
        if (release.isEmpty() && subject.contains("@")) {
            release = subject.substring(0, subject.indexOf('@'));
        } else if (release.isEmpty() && target.isEmpty()) {
            release = subject;
        }
        return new GateEntry(f.event().seq(), f.event().time(), f.event().actor(), f.kind(), release, parts[0], parts[1],
                waiver ? f.text("gate") : f.text("decision", "result", "outcome"),
                waiver ? f.text("reason") : reasons(f), waiver ? f.text("expiresAt", "expires") : "");
    }

    /** "gate: reason" of every gate that did not pass (or was waived); the payload's reason when it lists no gates. */
    private static String reasons(EventFields f) {
        if (!(f.raw("gates") instanceof List<?> gates)) {
            return f.text("reason", "reasons");
        }
        List<String> out = new ArrayList<>();
        for (Object g : gates) {
            if (g instanceof Map<?, ?> m && !"PASS".equals(String.valueOf(m.get("status")))) {
                out.add(m.get("gate") + " " + String.valueOf(m.get("status")).toLowerCase(java.util.Locale.ROOT)
                        + ": " + m.get("reason"));
            }
        }
        return String.join("; ", out);
    }
}
