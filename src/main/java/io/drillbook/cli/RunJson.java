package io.drillbook.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.drillbook.core.evidence.EvidenceEvent;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON for the run listing commands ({@code drill runs}, {@code drill show}, {@code playbook runs}, {@code playbook show}). */
final class RunJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

    private RunJson() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode payload(EvidenceEvent event) {
        try {
            return JSON.readTree(event.payload());
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(event.payload());
        }
    }

    static Map<String, Object> event(EvidenceEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("time", e.time().toString());
        m.put("actor", e.actor());
        m.put("kind", e.kind());
        return m;
    }

    static String seconds(Duration d) {
        return d == null ? null : d.toString();
    }
}
