package io.drillbook.infra.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.drillbook.infra.workspace.FileFormatException;

import java.io.IOException;
import java.util.Optional;

/**
 * The YAML that people write for drill plans and playbooks: read strictly (unknown keys, duplicate
 * keys, trailing content and coerced scalars are errors), and errors located at the key that is
 * wrong. Jackson reports where its parser stopped, which for records is often the end of the
 * enclosing block; a person wants the line of the key.
 */
public final class StrictYaml {
    private StrictYaml() {
    }

    public static ObjectMapper newMapper() {
        return YAMLMapper.builder(YAMLFactory.builder()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                        .build())
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .build();
    }

    /** The error, pointing at the key the exception's path ends at when it can be found. */
    public static FileFormatException located(ObjectMapper mapper, String fileName, String text, JsonProcessingException e) {
        FileFormatException reported = FileFormatException.from(fileName, e);
        if (e instanceof JsonMappingException mapping) {
            return position(mapper, text, pointer(mapping))
                    .map(at -> new FileFormatException(fileName, at.getLineNr(), at.getColumnNr(), reported.problem()))
                    .orElse(reported);
        }
        return reported;
    }

    /** Where the key or list item at {@code wanted} starts in {@code text}, if it is there. */
    public static Optional<JsonLocation> position(ObjectMapper mapper, String text, JsonPointer wanted) {
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

    static JsonPointer pointer(JsonMappingException e) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference r : e.getPath()) {
            pointer = r.getFieldName() != null ? pointer.appendProperty(r.getFieldName()) : pointer.appendIndex(r.getIndex());
        }
        return pointer;
    }
}
