package io.drillbook.infra.db;

/** JdbcEvidenceRepositoryContract on an H2 file in PostgreSQL mode. */
class JdbcEvidenceRepositoryH2Test extends JdbcEvidenceRepositoryContract {
    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.H2;
    }
}
