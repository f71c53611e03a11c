package io.drillbook.infra.team;

import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.RequiresPostgres;

@RequiresPostgres
class AccessPolicyPostgresTest extends AccessPolicyContract {
    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.POSTGRES;
    }
}
