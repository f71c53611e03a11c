package io.drillbook.infra.drill;

import io.drillbook.core.drill.DrillLeftoverStore;
import io.drillbook.core.drill.DrillLeftoverStoreContract;
import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.RequiresPostgres;
import org.junit.jupiter.api.Nested;

/** The leftover-store contract on {@link JdbcDrillLeftoverStore}, H2 and PostgreSQL. */
class JdbcDrillLeftoverStoreContractTest {
    abstract class OnStore extends DrillLeftoverStoreContract {
        FreshDatabases.FreshDatabase fresh;

        abstract FreshDatabases.Kind kind();

        @Override
        protected DrillLeftoverStore newStore() {
            fresh = FreshDatabases.open(kind(), dir);
            return new JdbcDrillLeftoverStore(fresh.database());
        }

        @Override
        protected void closeStore() {
            fresh.close();
        }
    }

    @Nested
    class OnH2 extends OnStore {
        @Override
        FreshDatabases.Kind kind() {
            return FreshDatabases.Kind.H2;
        }
    }

    @Nested
    @RequiresPostgres
    class OnPostgres extends OnStore {
        @Override
        FreshDatabases.Kind kind() {
            return FreshDatabases.Kind.POSTGRES;
        }
    }
}
