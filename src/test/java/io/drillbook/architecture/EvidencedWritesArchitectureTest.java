package io.drillbook.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import io.drillbook.core.evidence.EvidenceLog;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * One write, one transaction: a change and its evidence go through {@link EvidenceLog#commit}. Only
 * the classes below may record an event on its own, each for a stated reason; new code that writes
 * data and then calls {@code record} fails here and is pointed at {@code commit}.
 */
class EvidencedWritesArchitectureTest {
    /** Classes allowed to call {@code EvidenceLog.record/recordAs} outside {@code commit}, and why. */
    private static final Set<String> MAY_RECORD_ALONE = Set.of(
            "io.drillbook.core.evidence.EvidenceLog",               // the door itself
            "io.drillbook.core.drill.DrillRun",                     // runners: journal + event in their own Transactions.inOne
            "io.drillbook.core.drill.DrillRunner",
            "io.drillbook.core.playbook.RunRecorder",
            "io.drillbook.core.playbook.PlaybookRunner",
            "io.drillbook.core.drill.DrillCleanup",                 // a refused cleanup is only an event; the outcome as the runners do
            "io.drillbook.core.drill.DrillService",                 // "could not start" is only an event
            "io.drillbook.core.connect.RecordedHostKeyDecision",    // a host-key decision is only an event (known_hosts is a file)
            "io.drillbook.core.notify.Notifier",                    // a webhook's delivery outcome is only an event
            "io.drillbook.core.drill.DrillRecovery",                // start-up recovery of cut-off runs (idempotent on rerun)
            "io.drillbook.core.playbook.PlaybookRecovery",
            "io.drillbook.core.calendar.GateService",               // a gate decision is only an event (waivers use commit)
            "io.drillbook.core.team.AccessPolicy",                  // a refusal is only an event
            "io.drillbook.core.team.LockWatch",                     // a lost lock is only an event
            "io.drillbook.core.report.GapRegister",                 // a gap's status lives in its events
            "io.drillbook.ui.drill.DrillGapsModel",                 // gaps found by a drill are events
            "io.drillbook.core.inventory.InventoryRefresher",       // the refresh outcome (its import used commit)
            "io.drillbook.core.settings.SettingsService",           // known_hosts is a file, outside the store
            "io.drillbook.infra.team.JdbcWorkspaceMove",            // recorded in the target after the copy was verified (move-workspace)
            "io.drillbook.app.demo.DemoSeeding",                   // the demo's markers while it is seeded
            "io.drillbook.app.demo.PastRuns");                      // gaps and notes of the replayed past drills

    @Test
    void changesAndTheirEvidenceCommitThroughOneDoor() {
        noClasses().that(outside(MAY_RECORD_ALONE))
                .should().callMethodWhere(recordOnEvidenceLog())
                .because("a change and its evidence must commit together: use EvidenceLog.commit(change, entry)")
                .check(ConnectorsArchitectureTest.MAIN);
    }

    private static DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> outside(Set<String> allowed) {
        return DescribedPredicate.describe("are not allowed to record alone",
                c -> !allowed.contains(c.getName()) && !allowed.contains(c.getName().replaceFirst("\\$.*", "")));
    }

    private static DescribedPredicate<JavaMethodCall> recordOnEvidenceLog() {
        return DescribedPredicate.describe("EvidenceLog.record or recordAs", call ->
                call.getTargetOwner().isEquivalentTo(EvidenceLog.class)
                        && (call.getName().equals("record") || call.getName().equals("recordAs")));
    }
}
