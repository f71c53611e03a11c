package io.drillbook.infra.drill;

import io.drillbook.core.drill.DrillPlanRepository;
import io.drillbook.core.drill.DrillPlanRepositoryContract;
import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.RequiresPostgres;
import org.junit.jupiter.api.Nested;

/** The drill-plan contract on {@link JdbcDrillPlanRepository}, H2 and PostgreSQL. */
class JdbcDrillPlanRepositoryContractTest {
    abstract class OnStore extends DrillPlanRepositoryContract {
        FreshDatabases.FreshDatabase fresh;

        abstract FreshDatabases.Kind kind();

        @Override
        protected DrillPlanRepository newRepository() {
            fresh = FreshDatabases.open(kind(), dir);
            return new JdbcDrillPlanRepository(fresh.database());
        }

        @Override
        protected void closeRepository() {
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
