package io.drillbook.infra.db;


/** JdbcWorkspaceRepositoryContract on PostgreSQL, a fresh database per test; skipped with a reason without a server. */
@RequiresPostgres
class JdbcWorkspaceRepositoryPostgresTest extends JdbcWorkspaceRepositoryContract {
    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.POSTGRES;
    }
}
