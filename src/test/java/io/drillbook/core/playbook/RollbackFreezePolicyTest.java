package io.drillbook.core.playbook;

import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.core.model.RiskClass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two rollbacks in a row freeze the system until a review: on the in-memory stores (moved from infra.playbook). */
class RollbackFreezePolicyTest {
    @TempDir
    Path tmp;
    PlaybookRunFixture fx;
    RollbackFreezePolicy policy;

    @BeforeEach
    void setUp() {
        fx = new PlaybookRunFixture(tmp);
        policy = new RollbackFreezePolicy(fx.workspace, fx.evidence, fx.clock, 2);
    }

    Release release(String id, int daysAgo, ReleaseStatus status) {
        Instant start = Instant.now().minus(Duration.ofDays(daysAgo));
        Release r = new Release(id, id, List.of("shop"), List.of("prod"), start, start.plus(Duration.ofHours(1)),
                RiskClass.NORMAL, null, status, 0);
        return fx.workspace.saveRelease(r);
    }

    @Test
    void twoConsecutiveRollbacksStartAFreezeUntilAReviewIsRecorded() {
        release("REL-1", 5, ReleaseStatus.DONE);
        Release second = release("REL-2", 3, ReleaseStatus.ROLLED_BACK);
        assertThat(policy.onReleaseChanged(second)).as("one rollback is not enough").isEmpty();

        Release third = release("REL-3", 1, ReleaseStatus.ROLLED_BACK);
        List<Freeze> started = policy.onReleaseChanged(third);

        assertThat(started).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("Rollback review: shop");
            assertThat(f.environments()).containsExactly("prod");
            assertThat(f.reason()).contains("REL-3").contains("REL-2");
        });
        assertThat(fx.workspace.freezes()).extracting(Freeze::name).contains("Rollback review: shop");

        assertThat(policy.recordReview("shop", "carol", "root cause: missing migration")).isTrue();
        assertThat(fx.workspace.freezes()).isEmpty();
        assertThat(fx.events("playbook.rollback.reviewed")).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("carol"));
        assertThat(policy.onReleaseChanged(third)).as("reviewed rollbacks do not count again").isEmpty();
    }
}
