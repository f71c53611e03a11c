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
import com.fasterxml.jackson.databind.node.MissingNode;
import io.drillbook.core.inventory.ImportException;

import java.io.IOException;

/**
 * A parsed JSON (or YAML) file that can say where any of its nodes is: semantic errors found
 * while walking the tree name the line and column of the offending value, located by re-reading
 * the file as a token stream.
 */
final class JsonDocument {
    private final SourceFile file;
    private final ObjectMapper mapper;
    private final JsonNode root;

    private JsonDocument(SourceFile file, ObjectMapper mapper, JsonNode root) {
        this.file = file;
        this.mapper = mapper;
        this.root = root;
    }

    static JsonDocument parse(SourceFile file, ObjectMapper mapper) throws ImportException {
        try {
            JsonNode root = mapper.readTree(file.bytes());
            if (root == null || root instanceof MissingNode) {
                throw new ImportException(file.name(), 1, 1, "the file is empty");
            }
            return new JsonDocument(file, mapper, root);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new ImportException(file.name(), line, column, "malformed input: " + e.getOriginalMessage(), e);
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
