package io.drillbook.infra.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.report.AuditReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A bundle's report checked against its own chain segment: the report is rebuilt from
 * chain/events.jsonl (with the cover's scope and as-of time and the compliance lines, which come
 * from the inventory and are not in the chain) and its JSON and CSV compared with the bundled ones.
 * Names the first record that differs, so a report edited after export fails even when its
 * manifest was regenerated.
 */
final class ReportContentCheck {
    static final String REPORT = "report.json";

    /** The first difference found, empty when report.json and every CSV file match the chain. */
    Optional<String> check(SortedMap<String, byte[]> files) {
        byte[] json = files.get(REPORT);
        if (json == null) {
            return Optional.of("the bundle holds no " + REPORT + " to check against the chain");
        }
        AuditReport rebuilt;
        JsonNode bundled;
        try {
            bundled = CanonicalJson.read(new String(json, StandardCharsets.UTF_8));
            AuditReport stated = CanonicalJson.mapper().treeToValue(bundled.path("report"), AuditReport.class);
            rebuilt = AuditReport.assemble(stated.cover(), stated.compliance(), events(files.get(BundleWriter.EVENTS)));
        } catch (IOException | RuntimeException e) {
            return Optional.of(REPORT + " is not a Drillbook report: " + e.getClass().getSimpleName());
        }
        byte[] expected = new JsonReportWriter().write(rebuilt);
        if (!java.util.Arrays.equals(expected, json)) {
            Diff diff = walk("", CanonicalJson.read(new String(expected, StandardCharsets.UTF_8)), bundled);
            return Optional.of(REPORT + ": " + diff.where() + " differs from what the chain segment says" + diff.detail());
        }
        for (Map.Entry<String, byte[]> csv : new CsvReportWriter().files(rebuilt).entrySet()) {
            String name = "csv/" + csv.getKey();
            Optional<String> line = firstDifferentLine(csv.getValue(), files.get(name));
            if (line.isPresent()) {
                return Optional.of(name + " " + line.get() + " differs from what the chain segment says");
            }
        }
        return Optional.empty();
    }

    private static List<EvidenceEvent> events(byte[] jsonl) throws IOException {
        List<EvidenceEvent> out = new ArrayList<>();
        for (String line : new String(jsonl, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                out.add(CanonicalJson.mapper().readValue(line, EvidenceEvent.class));
            }
        }
        return out;
    }

    /** Where the first difference is ({@code report.drills[3] (runId r-17)}) and, for a record, which field. */
    record Diff(String where, String detail) {
        Diff(String where) {
            this(where, "");
        }
    }

    private static Diff walk(String at, JsonNode expected, JsonNode actual) {
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!expected.get(key).equals(actual.get(key))) {
                    return actual.get(key) == null ? new Diff(at + "." + key + " (missing)") : walk(at + "." + key, expected.get(key), actual.get(key));
                }
            }
            for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!expected.has(key)) {
                    return new Diff(at + "." + key + " (not in the rebuilt report)");
                }
            }
        }
        if (expected.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                if (i >= expected.size() || i >= actual.size()) {
                    return new Diff(at.substring(1) + "[" + i + "]" + (i >= expected.size() ? " (a record the chain does not hold)"
                            : " (a record missing from the report)"));
                }
                if (!expected.get(i).equals(actual.get(i))) {
                    return new Diff(record(at, i, expected.get(i)), field(expected.get(i), actual.get(i)));
                }
            }
        }
        return new Diff(at.isEmpty() ? "the document" : at.substring(1));
    }

    private static String record(String at, int i, JsonNode node) {
        for (String id : new String[] {"runId", "seq"}) {
            if (node.has(id)) {
                return at.substring(1) + "[" + i + "] (" + id + " " + node.get(id).asText() + ")";
            }
        }
        return at.substring(1) + "[" + i + "]";
    }

    private static String field(JsonNode expected, JsonNode actual) {
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!expected.get(key).equals(actual.get(key))) {
                    return ": " + key + " is " + actual.get(key) + " in the report but " + expected.get(key) + " from the chain";
                }
            }
        }
        return "";
    }

    private static Optional<String> firstDifferentLine(byte[] expected, byte[] actual) {
        if (actual == null) {
            return Optional.of("(missing)");
        }
        String[] want = new String(expected, StandardCharsets.UTF_8).split("\r\n", -1);
        String[] have = new String(actual, StandardCharsets.UTF_8).split("\r\n", -1);
        for (int i = 0; i < Math.max(want.length, have.length); i++) {
            if (i >= want.length || i >= have.length || !want[i].equals(have[i])) {
                return Optional.of("line " + (i + 1));
            }
        }
        return Optional.empty();
    }
}
