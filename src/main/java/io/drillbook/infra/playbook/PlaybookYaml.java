package io.drillbook.infra.playbook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.infra.workspace.FileFormatException;
import io.drillbook.infra.yaml.StrictYaml;

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
    private static final ObjectMapper MAPPER = StrictYaml.newMapper();

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
        PlaybookFile file = StrictYaml.read(MAPPER, fileName, text, PlaybookFile.class);
        Optional<PlaybookChecks.Problem> problem = PlaybookChecks.firstProblem(file);
        if (problem.isPresent()) {
            JsonLocation at = StrictYaml.position(MAPPER, text, problem.get().at()).orElse(null);
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

}
