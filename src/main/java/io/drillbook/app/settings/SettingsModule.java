package io.drillbook.app.settings;

import io.drillbook.app.platform.FeatureModule;
import io.drillbook.app.platform.Platform;
import io.drillbook.core.connect.ConnectionProfileRepository;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.connect.StorageProfileRepository;
import io.drillbook.core.inventory.RefreshSourceRepository;
import io.drillbook.core.settings.SettingsService;
import io.drillbook.core.workspace.PinsAndSecretsStore;
import io.drillbook.core.workspace.WorkspaceSettingsStore;
import io.drillbook.infra.db.JdbcConnectionProfileRepository;
import io.drillbook.infra.db.JdbcRefreshSourceRepository;
import io.drillbook.infra.db.JdbcStorageProfileRepository;
import io.drillbook.infra.workspace.JdbcPinsAndSecrets;
import io.drillbook.infra.workspace.JdbcWorkspaceSettingsStore;

/**
 * Connection and storage profiles, pinned host keys and secret references, refresh sources, and the
 * {@link Connectors} each front end reaches real infrastructure through.
 */
public final class SettingsModule implements FeatureModule {
    private final Platform platform;
    private final JdbcConnectionProfileRepository connectionProfiles;
    private final JdbcStorageProfileRepository storageProfiles;
    private final JdbcRefreshSourceRepository refreshSources;
    private final JdbcPinsAndSecrets pinsAndSecrets;

    public SettingsModule(Platform platform) {
        this.platform = platform;
        this.connectionProfiles = new JdbcConnectionProfileRepository(platform.database());
        this.storageProfiles = new JdbcStorageProfileRepository(platform.database());
        this.refreshSources = new JdbcRefreshSourceRepository(platform.database());
        this.pinsAndSecrets = new JdbcPinsAndSecrets(platform.database());
    }

    public ConnectionProfileRepository connectionProfiles() {
        return connectionProfiles;
    }

    public StorageProfileRepository storageProfiles() {
        return storageProfiles;
    }

    /** Where the live inventory refresh reads from. */
    public RefreshSourceRepository refreshSources() {
        return refreshSources;
    }

    /** Host keys the workspace file pins and where profiles' secrets come from (references only). */
    public PinsAndSecretsStore pinsAndSecrets() {
        return pinsAndSecrets;
    }

    /** Profiles, pinned host keys and secret references as they travel with the workspace file. */
    public WorkspaceSettingsStore workspaceSettings() {
        return new JdbcWorkspaceSettingsStore(connectionProfiles, storageProfiles, refreshSources, pinsAndSecrets);
    }

    /** Connectors for one front end: how it confirms unknown host keys and asks for secrets. */
    public Connectors connectors(HostKeyDecision decision, SecretPrompt prompt) {
        return Connectors.create(connectionProfiles, storageProfiles, pinsAndSecrets, platform.evidenceLog(),
                platform.config().dataDir(), decision, prompt);
    }

    /** Profile, host-key and refresh-source changes, each checked against the access policy and recorded. */
    public SettingsService settingsService(Connectors connectors) {
        return new SettingsService(connectors.profiles(), connectors.storageProfiles(), connectors.knownHosts(),
                refreshSources, platform.accessPolicy(), platform.evidenceLog(), platform.config()::operator)
                .withPinsAndSecrets(pinsAndSecrets, platform.transactions());
    }
}
