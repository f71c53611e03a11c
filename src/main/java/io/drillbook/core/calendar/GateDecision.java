package io.drillbook.core.calendar;

import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Go or no-go for one target (and release) at one moment, with every gate's result after waivers. */
public record GateDecision(SystemEnv target, String releaseId, Instant at, List<GateResult> results) {
    public GateDecision {
        results = List.copyOf(results);
    }

    /** True when every gate passed or is waived. */
    public boolean go() {
        return results.stream().allMatch(r -> r.status().allowsGo());
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", target.toString());
        m.put("release", releaseId);
        m.put("at", at.toString());
        m.put("decision", go() ? "go" : "no-go");
        m.put("gates", results.stream().map(GateResult::toMap).toList());
        return m;
    }
}
