package io.drillbook.ui.settings;

/** The view-models of the settings tabs, built together by the composition root. */
public record SettingsViewModels(ConnectionProfilesViewModel connections, StorageProfilesViewModel storage,
                                 KnownHostsViewModel knownHosts, RefreshSourcesViewModel refresh,
                                 DatabaseViewModel database) {
}
