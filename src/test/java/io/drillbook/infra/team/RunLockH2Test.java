package io.drillbook.infra.team;

import io.drillbook.infra.db.FreshDatabases;

class RunLockH2Test extends RunLockContract {
    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.H2;
    }
}
