package io.drillbook.infra.team;

import io.drillbook.infra.db.FreshDatabases;
import org.junit.jupiter.api.BeforeAll;

class WorkspaceMoverPostgresTest extends WorkspaceMoverContract {
    @BeforeAll
    static void requireServer() {
        FreshDatabases.requirePostgresUrl();
    }

    @Override
    FreshDatabases.Kind targetKind() {
        return FreshDatabases.Kind.POSTGRES;
    }
}
