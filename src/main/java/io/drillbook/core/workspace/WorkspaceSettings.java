package io.drillbook.core.workspace;

import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.inventory.RefreshSource;

import java.util.List;

/**
 * Everything but secrets that says where drills and refreshes connect: connection and storage
 * profiles, inventory refresh sources and pinned host keys. Secrets appear only as
 * {@link SecretReference}s.
 */
public record WorkspaceSettings(List<ConnectionProfile> connections, List<StorageProfile> storage,
                                List<RefreshSource> refreshSources, List<PinnedHostKey> hostKeys,
                                List<SecretBinding> secrets) {
    public WorkspaceSettings {
        connections = List.copyOf(connections);
        storage = List.copyOf(storage);
        refreshSources = List.copyOf(refreshSources);
        hostKeys = List.copyOf(hostKeys);
        secrets = List.copyOf(secrets);
    }

    public static WorkspaceSettings empty() {
        return new WorkspaceSettings(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return connections.isEmpty() && storage.isEmpty() && refreshSources.isEmpty() && hostKeys.isEmpty() && secrets.isEmpty();
    }
}
