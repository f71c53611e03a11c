package io.drillbook.core.calendar;

import io.drillbook.core.model.SystemEnv;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One gate's outcome for one system and environment, with a reason a person can read and the data
 * it looked at (strings and numbers, ready for JSON and evidence).
 */
public record GateResult(Gate gate, SystemEnv target, GateStatus status, String reason, Map<String, Object> data) {
    public GateResult {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        data = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public GateResult waivedBy(Waiver waiver) {
        Map<String, Object> more = new LinkedHashMap<>(data);
        more.put("waiver", waiver.id());
        more.put("originalStatus", status.name());
        String text = "waived by " + waiver.waivedBy() + " until " + Times.utc(waiver.expiresAt()) + " (" + waiver.reason() + "); " + reason;
        return new GateResult(gate, target, GateStatus.WAIVED, text, more);
    }

    /** The result as a plain map for JSON output and evidence. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gate", gate.name());
        m.put("target", target.toString());
        m.put("status", status.name());
        m.put("reason", reason);
        m.put("data", data);
        return m;
    }
}
