package io.drillbook.core.compliance;

import io.drillbook.testing.fakes.InMemoryBackupRepository;

/** The {@link DaySummaryStoreContract} on the in-memory fake, which summarises on every read. */
class InMemoryDaySummaryStoreTest extends DaySummaryStoreContract {
    @Override
    protected void open() {
        InMemoryBackupRepository fake = new InMemoryBackupRepository();
        backups = fake;
        summaries = fake.summaries();
    }
}
