package io.drillbook.infra.db;


/** JdbcEvidenceRepositoryContract on PostgreSQL, a fresh database per test; skipped with a reason without a server. */
@RequiresPostgres
class JdbcEvidenceRepositoryPostgresTest extends JdbcEvidenceRepositoryContract {
    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.POSTGRES;
    }
}
