package io.drillbook.testing.fakes;

import io.drillbook.core.connect.StorageProfileRepository;
import io.drillbook.core.connect.StorageProfile;

/** Storage profiles by name. */
public final class InMemoryStorageProfileRepository extends InMemoryByName<StorageProfile> implements StorageProfileRepository {
    public InMemoryStorageProfileRepository() {
        super(StorageProfile::name);
    }
}
