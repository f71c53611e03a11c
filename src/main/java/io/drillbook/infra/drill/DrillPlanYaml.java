package io.drillbook.infra.drill;

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
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.infra.workspace.FileFormatException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes drill plan files (YAML, format in docs/drill-plans.md). A mistake becomes a
 * {@link FileFormatException} naming the file, line, column and what is wrong; nothing is returned
 * half-read. What {@link #write} produces reads back to an equal plan.
 */
public final class DrillPlanYaml {
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

    private DrillPlanYaml() {
    }

    public static DrillPlan read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new FileFormatException(file.toString(), -1, -1, "cannot read: " + e.getMessage());
        }
    }

    /** Parses {@code text}; {@code fileName} is used in error messages only. */
    public static DrillPlan read(String text, String fileName) {
        try {
            DrillPlanFile file = MAPPER.readValue(text.isBlank() ? "{}" : text, DrillPlanFile.class);
            return DrillPlanMapping.plan(file);
        } catch (JsonProcessingException e) {
            throw located(fileName, text, e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new FileFormatException(fileName, -1, -1, e.getMessage());
        }
    }

    /** Points at the key that is wrong rather than where Jackson's parser happened to stop. */
    private static FileFormatException located(String fileName, String text, JsonProcessingException e) {
        FileFormatException reported = FileFormatException.from(fileName, e);
        if (e instanceof JsonMappingException mapping) {
            return YamlPositions.of(MAPPER, text, mapping)
                    .map(at -> new FileFormatException(fileName, at.getLineNr(), at.getColumnNr(), reported.problem()))
                    .orElse(reported);
        }
        return reported;
    }

    public static String write(DrillPlan plan) {
        try {
            return MAPPER.writeValueAsString(DrillPlanMapping.toFile(plan));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
