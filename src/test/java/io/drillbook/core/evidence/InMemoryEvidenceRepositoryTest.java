package io.drillbook.core.evidence;

import io.drillbook.testing.fakes.InMemoryEvidenceRepository;

/** The {@link EvidenceRepositoryContract} on the in-memory fake. */
class InMemoryEvidenceRepositoryTest extends EvidenceRepositoryContract {
    @Override
    protected EvidenceRepository newRepository() {
        return new InMemoryEvidenceRepository();
    }
}
