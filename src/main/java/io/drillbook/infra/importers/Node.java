package io.drillbook.infra.importers;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.drillbook.core.inventory.ImportException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A JSON node with its path, so every error names where in the file it is. */
record Node(JsonDocument document, JsonNode json, JsonPointer path) {

    Node get(String field) {
        return new Node(document, json.path(field), path.appendProperty(field));
    }

    boolean isMissing() {
        return json.isMissingNode() || json.isNull();
    }

    boolean isArray() {
        return json.isArray();
    }

    boolean isObject() {
        return json.isObject();
    }

    ImportException error(String problem) {
        return document.errorAt(path, problem);
    }

    List<Node> elements(String what) throws ImportException {
        if (!json.isArray()) {
            throw error("expected " + what + " (a JSON array) but found " + describe());
        }
        List<Node> out = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            out.add(new Node(document, json.get(i), path.appendIndex(i)));
        }
        return out;
    }

    /** Field entries of an object, in file order. */
    List<Map.Entry<String, Node>> fields() throws ImportException {
        if (!json.isObject()) {
            throw error("expected an object but found " + describe());
        }
        List<Map.Entry<String, Node>> out = new ArrayList<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            out.add(Map.entry(name, get(name)));
        }
        return out;
    }

    String text() throws ImportException {
        if (isMissing()) {
            throw error("a required value is missing");
        }
        if (!json.isValueNode() || json.asText().isBlank()) {
            throw error("expected text but found " + describe());
        }
        return json.asText();
    }

    String textOr(String fallback) throws ImportException {
        return isMissing() ? fallback : text();
    }

    long longOr(long fallback) throws ImportException {
        if (isMissing()) {
            return fallback;
        }
        if (!json.isIntegralNumber()) {
            throw error("expected a whole number but found " + describe());
        }
        return json.asLong();
    }

    boolean boolOr(boolean fallback) throws ImportException {
        if (isMissing()) {
            return fallback;
        }
        if (!json.isBoolean()) {
            throw error("expected true or false but found " + describe());
        }
        return json.asBoolean();
    }

    /** An ISO 8601 time (a time without a zone is read in {@code zone}) or epoch seconds. */
    Instant instant(ZoneId zone) throws ImportException {
        if (isMissing()) {
            throw error("a required time is missing");
        }
        if (json.isNumber()) {
            BigDecimal seconds = json.decimalValue();
            long whole = seconds.longValue();
            return Instant.ofEpochSecond(whole, seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue());
        }
        try {
            return Times.parse(json.asText(), zone);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    Instant instantOr(ZoneId zone, Instant fallback) throws ImportException {
        return isMissing() ? fallback : instant(zone);
    }

    private String describe() {
        if (isMissing()) {
            return "nothing";
        }
        String kind = json.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        return json.isValueNode() ? kind + " '" + json.asText() + "'" : "an " + kind;
    }
}
