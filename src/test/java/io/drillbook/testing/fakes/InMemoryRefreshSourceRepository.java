package io.drillbook.testing.fakes;

import io.drillbook.core.inventory.RefreshSourceRepository;
import io.drillbook.core.inventory.RefreshSource;

/** Inventory refresh sources by name. */
public final class InMemoryRefreshSourceRepository extends InMemoryByName<RefreshSource> implements RefreshSourceRepository {
    public InMemoryRefreshSourceRepository() {
        super(RefreshSource::name);
    }
}
