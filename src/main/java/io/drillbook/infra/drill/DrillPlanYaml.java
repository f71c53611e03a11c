package io.drillbook.infra.drill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.infra.workspace.FileFormatException;
import io.drillbook.infra.yaml.StrictYaml;

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
    private static final ObjectMapper MAPPER = StrictYaml.newMapper();

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
            DrillPlanFile file = StrictYaml.read(MAPPER, fileName, text, DrillPlanFile.class);
            return DrillPlanMapping.plan(file);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new FileFormatException(fileName, -1, -1, e.getMessage());
        }
    }

    public static String write(DrillPlan plan) {
        try {
            return MAPPER.writeValueAsString(DrillPlanMapping.toFile(plan));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
