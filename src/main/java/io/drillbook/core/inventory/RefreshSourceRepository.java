package io.drillbook.core.inventory;

import java.util.List;
import java.util.Optional;

/** Stored inventory refresh sources. */
public interface RefreshSourceRepository {
    void save(RefreshSource source);

    Optional<RefreshSource> find(String name);

    List<RefreshSource> all();

    boolean delete(String name);
}
