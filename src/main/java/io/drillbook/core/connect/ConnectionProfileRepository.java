package io.drillbook.core.connect;

import java.util.List;
import java.util.Optional;

/** Stored connection profiles. No secrets are stored. */
public interface ConnectionProfileRepository {
    void save(ConnectionProfile profile);

    Optional<ConnectionProfile> find(String name);

    List<ConnectionProfile> all();

    boolean delete(String name);
}
