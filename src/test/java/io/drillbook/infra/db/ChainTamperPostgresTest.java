package io.drillbook.infra.db;

/** {@link ChainTamperContract} on PostgreSQL, a fresh database per test; skipped with a reason without a server. */
@RequiresPostgres
class ChainTamperPostgresTest extends ChainTamperContract {
    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.POSTGRES;
    }
}
