package io.drillbook.infra.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.drillbook.core.workspace.WorkspaceSettings;

/** Converts the file's profile sections to the domain's and back. */
final class SettingsMapping {
    private SettingsMapping() {
    }

    static WorkspaceSettings settings(WorkspaceFile f, ObjectMapper mapper, String text, String fileName) {
        return WorkspaceSettings.empty();
    }

    static WorkspaceFile withSettings(WorkspaceFile f, WorkspaceSettings settings) {
        return f;
    }
}
