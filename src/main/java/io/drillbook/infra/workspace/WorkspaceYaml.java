package io.drillbook.infra.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.drillbook.core.workspace.Workspace;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads and writes the workspace file (YAML). A mistake in the file becomes a
 * {@link FileFormatException} naming the file, line, column and what is wrong; nothing is
 * returned half-read.
 */
public final class WorkspaceYaml {
    private static final ObjectMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .build())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private WorkspaceYaml() {
    }

    /** Parses {@code text}; {@code fileName} is used in error messages only. */
    public static Workspace read(String text, String fileName) {
        WorkspaceFile file;
        try {
            file = MAPPER.readValue(text.isBlank() ? "{}" : text, WorkspaceFile.class);
        } catch (JsonProcessingException e) {
            throw FileFormatException.from(fileName, e);
        }
        try {
            Workspace ws = new Workspace(WorkspaceMapping.systems(file), WorkspaceMapping.policies(file),
                    file.backupWindows().stream().map(WorkspaceMapping::window).toList(),
                    file.cabMeetings().stream().map(WorkspaceMapping::meeting).toList(),
                    file.freezes().stream().map(WorkspaceMapping::freeze).toList(),
                    file.releases().stream().map(WorkspaceMapping::release).toList());
            List<String> problems = ws.problems();
            if (!problems.isEmpty()) {
                throw new FileFormatException(fileName, -1, -1, String.join("; ", problems));
            }
            return ws;
        } catch (IllegalArgumentException e) {
            throw new FileFormatException(fileName, -1, -1, e.getMessage());
        }
    }

    public static String write(Workspace workspace) {
        try {
            return MAPPER.writeValueAsString(WorkspaceMapping.toFile(workspace));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
