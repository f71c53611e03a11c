package io.drillbook.infra.db;

/** {@link ChainTamperContract} on an H2 file. */
class ChainTamperH2Test extends ChainTamperContract {
    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.H2;
    }
}
