package io.drillbook.core.evidence;

import io.drillbook.testing.fakes.InMemoryStores;

/** The {@link TransactionsContract} on the in-memory fakes enlisted in one {@link io.drillbook.testing.fakes.InMemoryTransactions}. */
class InMemoryTransactionsTest extends TransactionsContract {
    @Override
    protected void open() {
        InMemoryStores stores = new InMemoryStores();
        transactions = stores.transactions;
        evidence = stores.evidence;
        journal = stores.drills.journal();
    }
}
