package io.drillbook.infra.importers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.drillbook.core.inventory.ImportException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed JSON (or YAML) file that can say where any of its nodes is: semantic errors found
 * while walking the tree name the line and column of the offending value, located by re-reading
 * the file as a token stream.
 */
final class JsonDocument {
    private final SourceFile file;
    private final ObjectMapper mapper;
    private final JsonNode root;
    /** For JSON lines: the line each document of the root array is on; null for one document. */
    private final int[] documentLines;

    private JsonDocument(SourceFile file, ObjectMapper mapper, JsonNode root, int[] documentLines) {
        this.file = file;
        this.mapper = mapper;
        this.root = root;
        this.documentLines = documentLines;
    }

    /**
     * JSON lines (one document per line, blank lines ignored), read as one array of documents.
     * Each line must hold exactly one document.
     */
    static JsonDocument parseLines(SourceFile file, ObjectMapper mapper) throws ImportException {
        String[] lines = new String(file.bytes(), StandardCharsets.UTF_8).split("\r?\n", -1);
        ArrayNode documents = mapper.createArrayNode();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                documents.add(mapper.readTree(lines[i]));
                at.add(i + 1);
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation();
                throw new ImportException(file.name(), i + 1, where == null ? 0 : where.getColumnNr(),
                        "malformed JSON line: " + e.getOriginalMessage(), e);
            }
        }
        if (documents.isEmpty()) {
            throw new ImportException(file.name(), 1, 1, "the file is empty");
        }
        return new JsonDocument(file, mapper, documents, at.stream().mapToInt(Integer::intValue).toArray());
    }

    static JsonDocument parse(SourceFile file, ObjectMapper mapper) throws ImportException {
        try {
            JsonNode root = mapper.readTree(file.bytes());
            if (root == null || root instanceof MissingNode) {
                throw new ImportException(file.name(), 1, 1, "the file is empty");
            }
            return new JsonDocument(file, mapper, root, null);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new ImportException(file.name(), line, column, "malformed input: " + e.getOriginalMessage()
                            + (e.getOriginalMessage().startsWith("Trailing token") ? " (one JSON document per file)" : ""), e);
        } catch (IOException e) {
            throw new ImportException(file.name(), 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    Node root() {
        return new Node(this, root, JsonPointer.empty());
    }

    SourceFile file() {
        return file;
    }

    /** An error at the node {@code at} points to (or its nearest existing ancestor). */
    ImportException errorAt(JsonPointer at, String problem) {
        JsonPointer existing = at;
        while (root.at(existing).isMissingNode() && existing.head() != null) {
            existing = existing.head();
        }
        JsonLocation location = locate(existing);
        String where = at.toString().isEmpty() ? "" : " (at " + at + ")";
        return new ImportException(file.name(), location == null ? 0 : location.getLineNr(),
                location == null ? 0 : location.getColumnNr(), problem + where);
    }

    private JsonLocation locate(JsonPointer target) {
        if (documentLines != null) {
            int index = target.getMatchingIndex();
            return index < 0 ? null : new JsonLocation(null, -1, documentLines[index], 1);
        }
        JsonFactory factory = mapper.getFactory();
        try (JsonParser p = factory.createParser(file.bytes())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY
                        && pointerOf(p, t).equals(target)) {
                    return p.currentTokenLocation();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static JsonPointer pointerOf(JsonParser p, JsonToken t) {
        JsonStreamContext context = p.getParsingContext();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            context = context.getParent();
        }
        return context == null ? JsonPointer.empty() : context.pathAsPointer();
    }
}
