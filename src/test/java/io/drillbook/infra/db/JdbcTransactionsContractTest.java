package io.drillbook.infra.db;

import io.drillbook.core.evidence.TransactionsContract;
import io.drillbook.infra.drill.JdbcDrillJournal;
import org.junit.jupiter.api.Nested;

/** The transactions contract on {@link JdbcTransactions} with the evidence repository and the drill journal, H2 and PostgreSQL. */
class JdbcTransactionsContractTest {
    abstract class OnStore extends TransactionsContract {
        FreshDatabases.FreshDatabase fresh;

        abstract FreshDatabases.Kind kind();

        @Override
        protected void open() {
            fresh = FreshDatabases.open(kind(), dir);
            transactions = new JdbcTransactions(fresh.database());
            evidence = new JdbcEvidenceRepository(fresh.database());
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
