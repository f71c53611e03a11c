package io.drillbook.infra.playbook;

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
import io.drillbook.core.playbook.Playbook;
import io.drillbook.infra.workspace.FileFormatException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes playbook files (YAML, format in docs/playbooks.md). A mistake becomes a
 * {@link FileFormatException} naming the file, line, column and what is wrong; nothing is
 * returned half-read. What {@link #write} produces reads back to an equal playbook.
 */
public final class PlaybookYaml {
    private static final ObjectMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
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

    private PlaybookYaml() {
    }

    public static Playbook read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new FileFormatException(file.toString(), -1, -1, "cannot read: " + e.getMessage());
        }
    }

    /** Parses {@code text}; {@code fileName} is used in error messages only. */
    public static Playbook read(String text, String fileName) {
        PlaybookFile file;
        try {
            file = MAPPER.readValue(text.isBlank() ? "{}" : text, PlaybookFile.class);
        } catch (JsonProcessingException e) {
            throw located(fileName, text, e);
        }
        Optional<PlaybookChecks.Problem> problem = PlaybookChecks.firstProblem(file);
        if (problem.isPresent()) {
            JsonLocation at = position(text, problem.get().at()).orElse(null);
            throw new FileFormatException(fileName, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
                    problem.get().message());
        }
        try {
            return PlaybookMapping.playbook(file);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new FileFormatException(fileName, -1, -1, e.getMessage());
        }
    }

    public static String write(Playbook playbook) {
        try {
            return MAPPER.writeValueAsString(PlaybookMapping.toFile(playbook));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points at the key that is wrong rather than where Jackson's parser happened to stop. */
    private static FileFormatException located(String fileName, String text, JsonProcessingException e) {
        FileFormatException reported = FileFormatException.from(fileName, e);
        if (e instanceof JsonMappingException mapping) {
            return position(text, pointer(mapping))
                    .map(at -> new FileFormatException(fileName, at.getLineNr(), at.getColumnNr(), reported.problem()))
                    .orElse(reported);
        }
        return reported;
    }

    private static Optional<JsonLocation> position(String text, JsonPointer wanted) {
        try (JsonParser parser = MAPPER.createParser(text)) {
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
