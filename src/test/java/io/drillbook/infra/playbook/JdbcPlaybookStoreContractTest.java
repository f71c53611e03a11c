package io.drillbook.infra.playbook;

import io.drillbook.core.playbook.PlaybookStoreContract;
import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.RequiresPostgres;
import org.junit.jupiter.api.Nested;

/** The playbook-store contract on {@link JdbcPlaybookJournal}, {@link JdbcPlaybookRepository} and {@link JdbcApprovalInbox}, H2 and PostgreSQL. */
class JdbcPlaybookStoreContractTest {
    abstract class OnStore extends PlaybookStoreContract {
        FreshDatabases.FreshDatabase fresh;

        abstract FreshDatabases.Kind kind();

        @Override
        protected void open() {
            fresh = FreshDatabases.open(kind(), dir);
            journal = new JdbcPlaybookJournal(fresh.database());
            playbooks = new JdbcPlaybookRepository(fresh.database());
            inbox = new JdbcApprovalInbox(fresh.database());
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
