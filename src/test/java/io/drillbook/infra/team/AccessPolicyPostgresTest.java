package io.drillbook.infra.team;

import io.drillbook.infra.db.FreshDatabases;
import org.junit.jupiter.api.BeforeAll;

class AccessPolicyPostgresTest extends AccessPolicyContract {
    @BeforeAll
    static void requireServer() {
        FreshDatabases.requirePostgresUrl();
    }

    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.POSTGRES;
    }
}
