package io.drillbook.infra.drill;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
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

    /** The start of the key or list item the exception's path ends at, if the text has it. */
    static Optional<JsonLocation> of(ObjectMapper mapper, String text, JsonMappingException e) {
        JsonPointer wanted = pointer(e);
        if (wanted.matches()) {
            return Optional.empty();
        }
        try (JsonParser parser = mapper.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || parser.getParsingContext().inArray()) {
                    JsonPointer here = parser.getParsingContext().pathAsPointer();
                    if (here.equals(wanted)) {
                        return Optional.of(parser.currentTokenLocation());
                    }
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
