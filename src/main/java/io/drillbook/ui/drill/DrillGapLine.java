package io.drillbook.ui.drill;

import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.EvidenceEvent;

import java.util.Map;

/** A gap recorded for a drill run, as its {@code drill.gap} evidence event holds it. */
public record DrillGapLine(String description, String owner, String due, long evidenceSeq) {

    static DrillGapLine of(EvidenceEvent e) {
        Map<String, Object> p;
        try {
            p = CanonicalJson.readMap(e.payload());
        } catch (RuntimeException notAnObject) {
            p = Map.of();
        }
        return new DrillGapLine(text(p, "description"), text(p, "owner"), text(p, "dueDate"), e.seq());
    }

    private static String text(Map<String, Object> p, String key) {
        Object v = p.get(key);
        return v == null ? "" : v.toString();
    }

    /** "Role grant had to be run by hand — owner bob, due 2026-12-18 (evidence #42)". */
    public String describe() {
        return description + " \u2014 owner " + (owner.isEmpty() ? "?" : owner) + ", due " + (due.isEmpty() ? "?" : due)
                + " (evidence #" + evidenceSeq + ")";
    }
}
