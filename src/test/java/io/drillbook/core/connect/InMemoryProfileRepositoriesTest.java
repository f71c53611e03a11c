package io.drillbook.core.connect;

import io.drillbook.testing.fakes.InMemoryConnectionProfileRepository;
import io.drillbook.testing.fakes.InMemoryRefreshSourceRepository;
import io.drillbook.testing.fakes.InMemoryStorageProfileRepository;

/** The {@link ProfileRepositoriesContract} on the in-memory fakes. */
class InMemoryProfileRepositoriesTest extends ProfileRepositoriesContract {
    @Override
    protected void open() {
        connections = new InMemoryConnectionProfileRepository();
        storage = new InMemoryStorageProfileRepository();
        sources = new InMemoryRefreshSourceRepository();
    }
}
