package io.drillbook.infra.team;

import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.RequiresPostgres;

@RequiresPostgres
class WorkspaceMoverPostgresTest extends WorkspaceMoverContract {
    @Override
    FreshDatabases.Kind targetKind() {
        return FreshDatabases.Kind.POSTGRES;
    }
}
