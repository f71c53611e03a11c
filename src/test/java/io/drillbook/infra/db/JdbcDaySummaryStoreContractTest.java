package io.drillbook.infra.db;

import io.drillbook.core.compliance.DaySummaryStoreContract;
import org.junit.jupiter.api.Nested;

/** The day-summary contract on {@link JdbcDaySummaryStore} maintained by {@link JdbcBackupRepository}, H2 and PostgreSQL. */
class JdbcDaySummaryStoreContractTest {
    abstract class OnStore extends DaySummaryStoreContract {
        FreshDatabases.FreshDatabase fresh;

        abstract FreshDatabases.Kind kind();

        @Override
        protected void open() {
            fresh = FreshDatabases.open(kind(), dir);
            JdbcDaySummaryStore store = new JdbcDaySummaryStore(fresh.database());
            summaries = store;
            backups = new JdbcBackupRepository(fresh.database(), store);
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
