package io.drillbook.infra.drill;

import io.drillbook.core.drill.DrillRunStoreContract;
import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.JdbcDrillRunRepository;
import io.drillbook.infra.db.RequiresPostgres;
import org.junit.jupiter.api.Nested;

/** The drill-run contract on {@link io.drillbook.infra.db.JdbcDrillRunRepository} and {@link JdbcDrillJournal}, H2 and PostgreSQL. */
class JdbcDrillRunStoreContractTest {
    abstract class OnStore extends DrillRunStoreContract {
        FreshDatabases.FreshDatabase fresh;

        abstract FreshDatabases.Kind kind();

        @Override
        protected void open() {
            fresh = FreshDatabases.open(kind(), dir);
            runs = new JdbcDrillRunRepository(fresh.database());
            journal = new JdbcDrillJournal(fresh.database());
        }

        @Override
        protected void close() {
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
