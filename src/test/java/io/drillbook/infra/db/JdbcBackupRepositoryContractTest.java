package io.drillbook.infra.db;

import io.drillbook.core.inventory.BackupRepository;
import io.drillbook.core.inventory.BackupRepositoryContract;
import org.junit.jupiter.api.Nested;

/** The backup-repository contract on {@link JdbcBackupRepository}, H2 and PostgreSQL. */
class JdbcBackupRepositoryContractTest {
    abstract class OnStore extends BackupRepositoryContract {
        FreshDatabases.FreshDatabase fresh;

        abstract FreshDatabases.Kind kind();

        @Override
        protected BackupRepository newRepository() {
            fresh = FreshDatabases.open(kind(), dir);
            return new JdbcBackupRepository(fresh.database());
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
