package io.drillbook.core.workspace;

import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceDiffTest {
    static final SystemEnv SHOP_PROD = new SystemEnv("shop", "prod");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final ProtectedSystem SHOP = new ProtectedSystem("shop", "alice", 1, "");

    static Policy policy(LocalDate from, int rtoHours) {
        return Policy.of(SHOP_PROD, from, Duration.ofHours(24), Duration.ofHours(rtoHours), Period.ofDays(90));
    }

    static Workspace ws(List<Policy> policies) {
        return new Workspace(List.of(SHOP), policies, List.of(), List.of(), List.of(), List.of());
    }

    static WorkspacePlan plan(List<Policy> stored, Policy incoming, boolean undated) {
        WorkspaceImport in = new WorkspaceImport(ws(List.of(incoming)), undated ? Set.of(SHOP_PROD) : Set.of(), null);
        return WorkspaceDiff.plan(ws(stored), WorkspaceSettings.empty(), in, TODAY);
    }

    @Test
    void anUndatedChangeTakesEffectTodayAndLeavesHistoryAlone() {
        Policy old = policy(LocalDate.of(2026, 10, 1), 4);

        WorkspacePlan plan = plan(List.of(old), policy(WorkspaceImport.UNDATED, 8), true);

        assertThat(plan.writes().policies()).containsExactly(policy(TODAY, 8));
        assertThat(plan.changedLines()).containsExactly("changed policy shop/prod: rto PT4H → PT8H (in force from 2026-12-04;"
                + " the policy in force from 2026-10-01 stays as history)");
    }

    @Test
    void anUndatedPolicyEqualToTheOneInForceWritesNothing() {
        WorkspacePlan plan = plan(List.of(policy(LocalDate.of(2026, 10, 1), 4)), policy(WorkspaceImport.UNDATED, 4), true);

        assertThat(plan.changesNothing()).isTrue();
        assertThat(plan.writes().policies()).isEmpty();
    }

    @Test
    void theFirstPolicyOfATargetHasAlwaysBeenInForce() {
        WorkspacePlan plan = plan(List.of(), policy(WorkspaceImport.UNDATED, 4), true);

        assertThat(plan.writes().policies()).containsExactly(policy(WorkspaceImport.UNDATED, 4));
    }

    @Test
    void aDatedPolicyBeforeTodayThatDiffersIsRefusedAndOneFromTodayOnIsAChange() {
        Policy old = policy(LocalDate.of(2026, 10, 1), 4);
        assertThatThrownBy(() -> plan(List.of(old), policy(LocalDate.of(2026, 10, 1), 8), false))
                .hasMessageContaining("rewrite history");

        WorkspacePlan future = plan(List.of(old, policy(LocalDate.of(2027, 1, 1), 6)), policy(LocalDate.of(2027, 1, 1), 8), false);
        assertThat(future.changedLines()).containsExactly("changed policy shop/prod from 2027-01-01: rto PT6H → PT8H");
    }
}
