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
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.drillbook.infra.workspace.FileFormatException;

import java.io.IOException;
import java.util.Optional;

/**
 * The one reader of the YAML that people write (workspace files, drill plans, playbooks, backup
 * mappings): unknown keys, duplicate keys, trailing content, a second document, coerced scalars,
 * anchors and aliases are errors, and errors are located at the key that is wrong
 * ({@code FILE:LINE:COLUMN: problem}). Jackson reports where its parser stopped, which for records
 * is often the end of the enclosing block; a person wants the line of the key.
 */
public final class StrictYaml {
    private StrictYaml() {
    }

    public static ObjectMapper newMapper() {
        return YAMLMapper.builder(YAMLFactory.builder()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                        .build())
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
    }

    /**
     * Reads {@code text} as {@code type} with {@code mapper} (from {@link #newMapper()}), after
     * {@link #refuseAnchorsAndAliases}; any mistake is a {@link FileFormatException} with its place.
     */
    public static <T> T read(ObjectMapper mapper, String fileName, String text, Class<T> type) {
        refuseAnchorsAndAliases(mapper, fileName, text);
        try {
            return mapper.readValue(text.isBlank() ? "{}" : text, type);
        } catch (JsonProcessingException e) {
            throw located(mapper, fileName, text, e);
        }
    }

    /**
     * Aliases ({@code *name}, also in merge keys {@code <<: *name}) and anchors of mappings and lists
     * are refused at their line and column: Jackson would read an alias as the anchor's name,
     * silently storing {@code o} where {@code *o} meant {@code alice}. An anchor on a plain value
     * with no alias reads as that value, as written.
     */
    public static void refuseAnchorsAndAliases(ObjectMapper mapper, String fileName, String text) {
        try (JsonParser parser = mapper.createParser(text)) {
            while (parser.nextToken() != null) {
                if (parser instanceof YAMLParser yaml) {
                    if (yaml.isCurrentAlias()) {
                        throw refused(fileName, parser, "alias '*" + yaml.getText() + "'");
                    }
                    String anchor = yaml.getCurrentAnchor();
                    if (anchor != null) {
                        throw refused(fileName, parser, "anchor '&" + anchor + "'");
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw FileFormatException.from(fileName, e);
        } catch (IOException e) {
            throw new FileFormatException(fileName, -1, -1, e.getMessage());
        }
    }

    private static FileFormatException refused(String fileName, JsonParser parser, String what) {
        JsonLocation at = parser.currentTokenLocation();
        return new FileFormatException(fileName, at.getLineNr(), at.getColumnNr(), what
                + ": YAML anchors and aliases are not read by Drillbook; write the value out where it is used");
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
