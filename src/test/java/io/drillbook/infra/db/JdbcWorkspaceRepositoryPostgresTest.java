package io.drillbook.infra.db;

import org.junit.jupiter.api.BeforeAll;

/** JdbcWorkspaceRepositoryContract on PostgreSQL, a fresh database per test; skipped with a reason without a server. */
class JdbcWorkspaceRepositoryPostgresTest extends JdbcWorkspaceRepositoryContract {
    @BeforeAll
    static void requireServer() {
        FreshDatabases.requirePostgresUrl();
    }

    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.POSTGRES;
    }
}
