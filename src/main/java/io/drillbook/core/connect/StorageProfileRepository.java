package io.drillbook.core.connect;

import java.util.List;
import java.util.Optional;

/** Stored storage profiles. No secrets are stored. */
public interface StorageProfileRepository {
    void save(StorageProfile profile);

    Optional<StorageProfile> find(String name);

    List<StorageProfile> all();

    boolean delete(String name);
}
