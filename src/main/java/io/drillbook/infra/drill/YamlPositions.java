package io.drillbook.infra.drill;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Optional;

/**
 * Finds where a path such as {@code steps[0].timout} starts in a YAML text. Jackson reports where
 * its parser stopped, which for records is often the end of the enclosing block; a person wants
 * the line of the key that is wrong.
 */
final class YamlPositions {
    private YamlPositions() {
    }

    /** The start of the key or list item the exception's path ends at (the document's start for the root), if found. */
    static Optional<JsonLocation> of(ObjectMapper mapper, String text, JsonMappingException e) {
        JsonPointer wanted = pointer(e);
        try (JsonParser parser = mapper.createParser(text)) {
            while (parser.nextToken() != null) {
                if (parser.getParsingContext().pathAsPointer().equals(wanted)) {
                    return Optional.of(parser.currentTokenLocation());
                }
            }
        } catch (IOException notParsable) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static JsonPointer pointer(JsonMappingException e) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference r : e.getPath()) {
            pointer = r.getFieldName() != null ? pointer.appendProperty(r.getFieldName()) : pointer.appendIndex(r.getIndex());
        }
        return pointer;
    }
}
