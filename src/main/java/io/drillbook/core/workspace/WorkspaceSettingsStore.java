package io.drillbook.core.workspace;

/** Where the workspace file's profiles, refresh sources, pinned host keys and secret references are kept. */
public interface WorkspaceSettingsStore {
    WorkspaceSettingsStore NONE = new WorkspaceSettingsStore() {
        @Override
        public WorkspaceSettings load() {
            return WorkspaceSettings.empty();
        }

        @Override
        public void apply(WorkspaceSettings writes) {
            if (!writes.isEmpty()) {
                throw new IllegalStateException("this workspace keeps no profiles");
            }
        }
    };

    WorkspaceSettings load();

    /** Adds or replaces each item (by name) in the caller's transaction. */
    void apply(WorkspaceSettings writes);
}
