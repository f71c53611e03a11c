package io.drillbook.infra.db;

/** JdbcWorkspaceRepositoryContract on an H2 file in PostgreSQL mode. */
class JdbcWorkspaceRepositoryH2Test extends JdbcWorkspaceRepositoryContract {
    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.H2;
    }
}
