package io.drillbook.infra.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.core.workspace.WorkspaceImport;
import io.drillbook.core.workspace.WorkspaceSettings;
import io.drillbook.infra.yaml.StrictYaml;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes the workspace file (YAML) with the one strict reader ({@link StrictYaml}). A
 * mistake in the file becomes a {@link FileFormatException} naming the file, line, column and what
 * is wrong; nothing is returned half-read.
 */
public final class WorkspaceYaml {
    private static final ObjectMapper MAPPER = StrictYaml.newMapper();

    private WorkspaceYaml() {
    }

    /** Parses {@code text}, every policy dated ({@code effectiveFrom} absent: always in force). */
    public static Workspace read(String text, String fileName) {
        return readImport(text, fileName).content();
    }

    /** Parses {@code text} as an import: policies written without a date are marked so. */
    public static WorkspaceImport readImport(String text, String fileName) {
        WorkspaceFile file = StrictYaml.read(MAPPER, fileName, text, WorkspaceFile.class);
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
            Set<SystemEnv> undated = WorkspaceMapping.undated(file);
            WorkspaceSettings settings = SettingsMapping.settings(file, MAPPER, text, fileName);
            return new WorkspaceImport(ws, undated, settings);
        } catch (IllegalArgumentException e) {
            throw new FileFormatException(fileName, -1, -1, e.getMessage());
        }
    }

    public static String write(Workspace workspace) {
        return write(workspace, WorkspaceSettings.empty());
    }

    /** The workspace file with its profiles, refresh sources, trusted host keys and secret references. */
    public static String write(Workspace workspace, WorkspaceSettings settings) {
        try {
            return MAPPER.writeValueAsString(SettingsMapping.withSettings(WorkspaceMapping.toFile(workspace), settings));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
