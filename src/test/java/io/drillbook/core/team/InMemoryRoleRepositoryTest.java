package io.drillbook.core.team;

import io.drillbook.testing.fakes.InMemoryRoleRepository;

/** The {@link RoleRepositoryContract} on the in-memory fake. */
class InMemoryRoleRepositoryTest extends RoleRepositoryContract {
    @Override
    protected RoleRepository newRepository() {
        return new InMemoryRoleRepository();
    }
}
