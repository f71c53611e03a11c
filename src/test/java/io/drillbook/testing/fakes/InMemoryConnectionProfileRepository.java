package io.drillbook.testing.fakes;

import io.drillbook.core.connect.ConnectionProfileRepository;
import io.drillbook.core.connect.ConnectionProfile;

/** Connection profiles by name. */
public final class InMemoryConnectionProfileRepository extends InMemoryByName<ConnectionProfile> implements ConnectionProfileRepository {
    public InMemoryConnectionProfileRepository() {
        super(ConnectionProfile::name);
    }
}
