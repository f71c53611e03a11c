package io.drillbook.core.inventory;

import io.drillbook.testing.fakes.InMemoryBackupRepository;

/** The {@link BackupRepositoryContract} on the in-memory fake. */
class InMemoryBackupRepositoryTest extends BackupRepositoryContract {
    @Override
    protected BackupRepository newRepository() {
        return new InMemoryBackupRepository();
    }
}
