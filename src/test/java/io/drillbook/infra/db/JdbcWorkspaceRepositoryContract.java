package io.drillbook.infra.db;

import io.drillbook.core.workspace.WorkspaceRepository;
import io.drillbook.core.workspace.WorkspaceRepositoryContract;

/**
 * The core's workspace-repository contract on a real store; runs on H2 and PostgreSQL through
 * {@link JdbcWorkspaceRepositoryH2Test} and {@link JdbcWorkspaceRepositoryPostgresTest}.
 */
abstract class JdbcWorkspaceRepositoryContract extends WorkspaceRepositoryContract {
    FreshDatabases.FreshDatabase fresh;

    abstract FreshDatabases.Kind kind();

    @Override
    protected WorkspaceRepository newRepository() {
        fresh = FreshDatabases.open(kind(), dir);
        return new JdbcWorkspaceRepository(fresh.database());
    }

    @Override
    protected void closeRepository() {
        fresh.close();
    }
}
