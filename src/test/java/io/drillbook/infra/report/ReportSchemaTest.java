package io.drillbook.infra.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.drillbook.core.evidence.CanonicalJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published schema (docs/report.schema.json) describes the golden report: checked with a small
 * validator for the keywords the schema uses (type, required, properties, additionalProperties,
 * items, $ref, enum, const, pattern).
 */
class ReportSchemaTest {

    @Test
    void goldenReportConformsToThePublishedSchema() throws IOException {
        JsonNode schema = CanonicalJson.read(Files.readString(Path.of("docs/report.schema.json")));
        String golden;
        try (var in = ReportSchemaTest.class.getResourceAsStream("/report/golden-report.json")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> errors = new ArrayList<>();
        check(schema, schema, CanonicalJson.read(golden), "$", errors);
        assertThat(errors).isEmpty();
    }

    @Test
    void validatorRejectsAnUnknownKey() throws IOException {
        JsonNode schema = CanonicalJson.read(Files.readString(Path.of("docs/report.schema.json")));
        List<String> errors = new ArrayList<>();
        check(schema, schema, CanonicalJson.read("{\"format\":\"drillbook.report/1\",\"report\":{},\"x\":1}"), "$", errors);
        assertThat(errors).anyMatch(e -> e.contains("$.x")).anyMatch(e -> e.contains("$.report") && e.contains("cover"));
    }

    private static void check(JsonNode root, JsonNode schema, JsonNode value, String at, List<String> errors) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/$defs/".length());
            check(root, root.get("$defs").get(name), value, at, errors);
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            errors.add(at + " must be " + schema.get("const"));
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            errors.add(at + " is not one of " + schema.get("enum"));
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            errors.add(at + " has the wrong type for " + schema.get("type"));
            return;
        }
        if (schema.has("pattern") && value.isTextual() && !value.asText().matches(schema.get("pattern").asText())) {
            errors.add(at + " does not match " + schema.get("pattern").asText());
        }
        if (value.isObject()) {
            checkObject(root, schema, value, at, errors);
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(root, schema.get("items"), value.get(i), at + "[" + i + "]", errors);
            }
        }
    }

    private static void checkObject(JsonNode root, JsonNode schema, JsonNode value, String at, List<String> errors) {
        schema.path("required").forEach(r -> {
            if (!value.has(r.asText())) {
                errors.add(at + " lacks required " + r.asText());
            }
        });
        for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            JsonNode property = schema.path("properties").get(key);
            if (property != null) {
                check(root, property, value.get(key), at + "." + key, errors);
            } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                errors.add(at + "." + key + " is not allowed by the schema");
            }
        }
    }

    private static boolean contains(JsonNode list, JsonNode value) {
        for (JsonNode n : list) {
            if (n.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> true;
        };
    }
}
