package io.drillbook.infra.db;

import org.junit.jupiter.api.BeforeAll;

/** JdbcEvidenceRepositoryContract on PostgreSQL, a fresh database per test; skipped with a reason without a server. */
class JdbcEvidenceRepositoryPostgresTest extends JdbcEvidenceRepositoryContract {
    @BeforeAll
    static void requireServer() {
        FreshDatabases.requirePostgresUrl();
    }

    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.POSTGRES;
    }
}
