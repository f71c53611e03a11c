package io.drillbook.core.drill;

import io.drillbook.testing.fakes.InMemoryDrillRuns;

/** The {@link DrillRunStoreContract} on the in-memory fake. */
class InMemoryDrillRunsTest extends DrillRunStoreContract {
    @Override
    protected void open() {
        InMemoryDrillRuns fake = new InMemoryDrillRuns();
        runs = fake.repository();
        journal = fake.journal();
    }
}
