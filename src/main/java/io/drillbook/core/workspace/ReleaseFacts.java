package io.drillbook.core.workspace;

import io.drillbook.core.model.Release;

import java.util.LinkedHashMap;
import java.util.Map;

/** A release as evidence payload: plain values, stable keys. */
public final class ReleaseFacts {
    private ReleaseFacts() {
    }

    public static Map<String, Object> of(Release r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", r.title());
        m.put("systems", r.systems());
        m.put("environments", r.environments());
        m.put("start", r.start().toString());
        m.put("end", r.end().toString());
        m.put("risk", r.risk().name());
        m.put("status", r.status().name());
        m.put("cabApprovedBy", r.cab() == null ? null : r.cab().approvedBy());
        m.put("cabApprovedAt", r.cab() == null ? null : r.cab().approvedAt().toString());
        return m;
    }
}
