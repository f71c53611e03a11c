package io.drillbook.infra.workspace;

import io.drillbook.core.connect.ConnectionProfileRepository;
import io.drillbook.core.connect.StorageProfileRepository;
import io.drillbook.core.inventory.RefreshSourceRepository;
import io.drillbook.core.workspace.WorkspaceSettings;
import io.drillbook.core.workspace.WorkspaceSettingsStore;

/** The workspace file's settings in the workspace database: the profile tables plus V27's pins and secret references. */
public final class JdbcWorkspaceSettingsStore implements WorkspaceSettingsStore {
    private final ConnectionProfileRepository connections;
    private final StorageProfileRepository storage;
    private final RefreshSourceRepository refreshSources;
    private final JdbcPinsAndSecrets pinsAndSecrets;

    public JdbcWorkspaceSettingsStore(ConnectionProfileRepository connections, StorageProfileRepository storage,
                                      RefreshSourceRepository refreshSources, JdbcPinsAndSecrets pinsAndSecrets) {
        this.connections = connections;
        this.storage = storage;
        this.refreshSources = refreshSources;
        this.pinsAndSecrets = pinsAndSecrets;
    }

    @Override
    public WorkspaceSettings load() {
        return new WorkspaceSettings(connections.all(), storage.all(), refreshSources.all(), pinsAndSecrets.pins(),
                pinsAndSecrets.secrets());
    }

    @Override
    public void apply(WorkspaceSettings writes) {
        writes.connections().forEach(connections::save);
        writes.storage().forEach(storage::save);
        writes.refreshSources().forEach(refreshSources::save);
        writes.hostKeys().forEach(pinsAndSecrets::pin);
        writes.secrets().forEach(pinsAndSecrets::bind);
    }
}
