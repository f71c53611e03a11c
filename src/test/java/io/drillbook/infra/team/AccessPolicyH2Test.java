package io.drillbook.infra.team;

import io.drillbook.infra.db.FreshDatabases;

class AccessPolicyH2Test extends AccessPolicyContract {
    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.H2;
    }
}
