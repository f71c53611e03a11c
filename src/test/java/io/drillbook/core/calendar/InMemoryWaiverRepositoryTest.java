package io.drillbook.core.calendar;

import io.drillbook.testing.fakes.InMemoryWaiverRepository;

/** The {@link WaiverRepositoryContract} on the in-memory fake. */
class InMemoryWaiverRepositoryTest extends WaiverRepositoryContract {
    @Override
    protected WaiverRepository newRepository() {
        return new InMemoryWaiverRepository();
    }
}
