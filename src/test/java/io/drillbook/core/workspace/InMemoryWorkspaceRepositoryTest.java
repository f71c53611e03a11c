package io.drillbook.core.workspace;

import io.drillbook.testing.fakes.InMemoryWorkspaceRepository;

/** The {@link WorkspaceRepositoryContract} on the in-memory fake. */
class InMemoryWorkspaceRepositoryTest extends WorkspaceRepositoryContract {
    @Override
    protected WorkspaceRepository newRepository() {
        return new InMemoryWorkspaceRepository();
    }
}
