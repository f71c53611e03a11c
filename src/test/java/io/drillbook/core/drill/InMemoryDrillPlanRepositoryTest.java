package io.drillbook.core.drill;

import io.drillbook.testing.fakes.InMemoryDrillPlanRepository;

/** The {@link DrillPlanRepositoryContract} on the in-memory fake. */
class InMemoryDrillPlanRepositoryTest extends DrillPlanRepositoryContract {
    @Override
    protected DrillPlanRepository newRepository() {
        return new InMemoryDrillPlanRepository();
    }
}
