package io.drillbook.infra.db;

import io.drillbook.core.calendar.WaiverRepository;
import io.drillbook.core.calendar.WaiverRepositoryContract;
import org.junit.jupiter.api.Nested;

/** The waiver-repository contract on {@link JdbcWaiverRepository}, H2 and PostgreSQL. */
class JdbcWaiverRepositoryContractTest {
    abstract class OnStore extends WaiverRepositoryContract {
        FreshDatabases.FreshDatabase fresh;

        abstract FreshDatabases.Kind kind();

        @Override
        protected WaiverRepository newRepository() {
            fresh = FreshDatabases.open(kind(), dir);
            return new JdbcWaiverRepository(fresh.database());
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
