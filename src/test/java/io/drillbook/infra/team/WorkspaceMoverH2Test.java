package io.drillbook.infra.team;

import io.drillbook.infra.db.FreshDatabases;

class WorkspaceMoverH2Test extends WorkspaceMoverContract {
    @Override
    FreshDatabases.Kind targetKind() {
        return FreshDatabases.Kind.H2;
    }
}
