package io.drillbook.core.playbook;

import io.drillbook.testing.fakes.InMemoryApprovalInbox;
import io.drillbook.testing.fakes.InMemoryPlaybookJournal;
import io.drillbook.testing.fakes.InMemoryPlaybookRepository;

/** The {@link PlaybookStoreContract} on the in-memory fakes. */
class InMemoryPlaybookStoresTest extends PlaybookStoreContract {
    @Override
    protected void open() {
        journal = new InMemoryPlaybookJournal();
        playbooks = new InMemoryPlaybookRepository();
        inbox = new InMemoryApprovalInbox();
    }
}
