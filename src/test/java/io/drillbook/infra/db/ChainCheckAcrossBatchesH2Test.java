package io.drillbook.infra.db;

/** {@link ChainCheckAcrossBatchesContract} on an H2 file. */
class ChainCheckAcrossBatchesH2Test extends ChainCheckAcrossBatchesContract {
    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.H2;
    }
}
