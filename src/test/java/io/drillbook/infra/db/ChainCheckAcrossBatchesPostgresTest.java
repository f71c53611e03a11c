package io.drillbook.infra.db;

/** {@link ChainCheckAcrossBatchesContract} on PostgreSQL, a fresh database per test; skipped with a reason without a server. */
@RequiresPostgres
class ChainCheckAcrossBatchesPostgresTest extends ChainCheckAcrossBatchesContract {
    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.POSTGRES;
    }
}
