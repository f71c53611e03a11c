package io.drillbook.infra.db;

import io.drillbook.core.connect.ProfileRepositoriesContract;
import org.junit.jupiter.api.Nested;

/** The profile-repositories contract on the JDBC connection, storage and refresh-source repositories, H2 and PostgreSQL. */
class JdbcProfileRepositoriesContractTest {
    abstract class OnStore extends ProfileRepositoriesContract {
        FreshDatabases.FreshDatabase fresh;

        abstract FreshDatabases.Kind kind();

        @Override
        protected void open() {
            fresh = FreshDatabases.open(kind(), dir);
            connections = new JdbcConnectionProfileRepository(fresh.database());
            storage = new JdbcStorageProfileRepository(fresh.database());
            sources = new JdbcRefreshSourceRepository(fresh.database());
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
