package io.drillbook.infra.db;

import io.drillbook.core.evidence.Transactions;

/** {@link Transactions} on the workspace database: see {@link Jdbc#inOneTransaction}. */
public final class JdbcTransactions implements Transactions {
    private final Database db;

    public JdbcTransactions(Database db) {
        this.db = db;
    }

    @Override
    public void inOne(Runnable work) {
        Jdbc.inOneTransaction(db, work);
    }
}
