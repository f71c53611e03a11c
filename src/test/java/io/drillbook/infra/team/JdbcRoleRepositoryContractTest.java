package io.drillbook.infra.team;

import io.drillbook.core.team.RoleRepository;
import io.drillbook.core.team.RoleRepositoryContract;
import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.RequiresPostgres;
import org.junit.jupiter.api.Nested;

/** The role-repository contract on {@link JdbcRoleRepository}, H2 and PostgreSQL. */
class JdbcRoleRepositoryContractTest {
    abstract class OnStore extends RoleRepositoryContract {
        FreshDatabases.FreshDatabase fresh;

        abstract FreshDatabases.Kind kind();

        @Override
        protected RoleRepository newRepository() {
            fresh = FreshDatabases.open(kind(), dir);
            return new JdbcRoleRepository(fresh.database());
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
