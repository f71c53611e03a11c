package io.drillbook.core.playbook;

import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.ConnectionTester;
import io.drillbook.core.connect.ObjectStore;
import io.drillbook.core.connect.RemoteShellFactory;
import io.drillbook.core.connect.StorageProfile;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything a playbook's steps reach out through: connection and storage profiles by name, the
 * shell factory, object stores, HTTP health checks, nested drills, the connection tester for dry
 * runs, and how to wait.
 */
public record PlaybookConnections(Function<String, Optional<ConnectionProfile>> profiles, RemoteShellFactory shells,
                                  Function<String, Optional<StorageProfile>> storageProfiles,
                                  Function<StorageProfile, ObjectStore> stores, HttpProbe http, NestedDrills drills,
                                  ConnectionTester tester, Sleeper sleeper) {
    public PlaybookConnections {
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(shells, "shells");
        storageProfiles = storageProfiles == null ? name -> Optional.empty() : storageProfiles;
        stores = stores == null ? p -> {
            throw new IllegalStateException("no object store is configured");
        } : stores;
        http = http == null ? (url, timeout) -> new HttpProbe.Response(-1, "no HTTP client is configured") : http;
        drills = drills == null ? NestedDrills.NONE : drills;
        Objects.requireNonNull(tester, "tester");
        sleeper = sleeper == null ? Sleeper.cancellable() : sleeper;
    }

    public ConnectionProfile profile(String name) {
        return profiles.apply(name).orElseThrow(() -> new IllegalArgumentException("unknown connection profile '" + name + "'"));
    }

    public StorageProfile storage(String name) {
        return storageProfiles.apply(name).orElseThrow(() -> new IllegalArgumentException("unknown storage profile '" + name + "'"));
    }
}
