package io.drillbook.core.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where a pipeline action came from: release, commit, pipeline URL and operator (any may be empty). */
public record PipelineContext(String release, String commit, String pipeline, String operator) {
    public PipelineContext {
        release = release == null ? "" : release;
        commit = commit == null ? "" : commit;
        pipeline = pipeline == null ? "" : pipeline;
        operator = operator == null ? "" : operator;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("release", release);
        m.put("commit", commit);
        m.put("pipeline", pipeline);
        m.put("operator", operator);
        return m;
    }
}
