package io.drillbook.core.workspace;

/** Reads and writes the workspace file (YAML); errors name the file, line and column. */
public interface WorkspaceFileFormat {
    /** Parses a workspace file's content and settings; {@code fileName} is used in messages only. */
    WorkspaceImport readImport(String text, String fileName);

    /** The workspace and its settings as a workspace file. */
    String write(Workspace workspace, WorkspaceSettings settings);
}
