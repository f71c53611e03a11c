package io.drillbook.infra.db;

import io.drillbook.core.evidence.EvidenceRepository;
import io.drillbook.core.evidence.EvidenceRepositoryContract;
import org.junit.jupiter.api.Nested;

/** The evidence-repository contract, seen through the port, on {@link JdbcEvidenceRepository}, H2 and PostgreSQL. */
class JdbcEvidencePortContractTest {
    abstract class OnStore extends EvidenceRepositoryContract {
        FreshDatabases.FreshDatabase fresh;

        abstract FreshDatabases.Kind kind();

        @Override
        protected EvidenceRepository newRepository() {
            fresh = FreshDatabases.open(kind(), dir);
            return new JdbcEvidenceRepository(fresh.database());
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
