package io.drillbook.core.drill;

import io.drillbook.testing.fakes.InMemoryDrillLeftoverStore;

/** The {@link DrillLeftoverStoreContract} on the in-memory fake. */
class InMemoryDrillLeftoverStoreTest extends DrillLeftoverStoreContract {
    @Override
    protected DrillLeftoverStore newStore() {
        return new InMemoryDrillLeftoverStore();
    }
}
