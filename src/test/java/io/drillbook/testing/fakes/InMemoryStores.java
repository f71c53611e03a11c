package io.drillbook.testing.fakes;

import io.drillbook.core.evidence.EvidenceLog;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Every in-memory fake of one workspace, enlisted in one {@link InMemoryTransactions}: what a core
 * rule or view-model test needs instead of a database.
 */
public final class InMemoryStores {
    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final InMemoryEvidenceRepository evidence = transactions.enlist(new InMemoryEvidenceRepository());
    public final InMemoryWorkspaceRepository workspace = transactions.enlist(new InMemoryWorkspaceRepository());
    public final InMemoryBackupRepository backups = transactions.enlist(new InMemoryBackupRepository());
    public final InMemoryDrillRuns drills = transactions.enlist(new InMemoryDrillRuns());
    public final InMemoryWaiverRepository waivers = transactions.enlist(new InMemoryWaiverRepository());
    public final InMemoryPlaybookJournal playbookJournal = transactions.enlist(new InMemoryPlaybookJournal());
    public final InMemoryPlaybookRepository playbooks = new InMemoryPlaybookRepository();
    public final InMemoryDrillPlanRepository drillPlans = new InMemoryDrillPlanRepository();
    public final InMemoryRoleRepository roles = new InMemoryRoleRepository();
    public final InMemoryApprovalInbox approvals = new InMemoryApprovalInbox();

    /** An evidence log on these stores, stamped by {@code clock}, written as {@code actor}. */
    public EvidenceLog evidenceLog(Clock clock, Supplier<String> actor) {
        return new EvidenceLog(evidence, clock, actor);
    }
}
