package io.drillbook.core.report;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.report.GapRegister.Status;
import io.drillbook.core.report.GapRegister.TrackedGap;
import io.drillbook.testing.fakes.InMemoryEvidenceRepository;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A gap's life: open, in progress, closed with a note; every step evidence in the in-memory evidence log. */
class GapRegisterTest {
    @Test
    void gapMovesFromOpenToInProgressToClosedAndClosingNeedsANote() {
        EvidenceLog log = new EvidenceLog(new InMemoryEvidenceRepository(), Clock.systemUTC(), () -> "alice");
        log.record("drill.gap", "run-7", Map.of("system", "shop", "environment", "prod",
                "description", "role grant had to be run by hand", "owner", "bob", "dueDate", "2026-12-05"));
        GapRegister register = new GapRegister(log);
        TrackedGap gap = register.all().get(0);
        assertThat(gap.status()).isEqualTo(Status.OPEN);
        assertThat(gap.gap().owner()).isEqualTo("bob");
        assertThat(gap.gap().due()).isEqualTo("2026-12-05");

        register.markInProgress(gap, "ticket OPS-12");
        assertThat(register.all().get(0).status()).isEqualTo(Status.IN_PROGRESS);
        assertThatThrownBy(() -> register.close(gap, " ")).hasMessageContaining("needs a note");

        register.close(gap, "grant added to the restore script");
        TrackedGap closed = register.all().get(0);
        assertThat(closed.status()).isEqualTo(Status.CLOSED);
        assertThat(closed.note()).isEqualTo("grant added to the restore script");
        assertThat(closed.updatedBy()).isEqualTo("alice");
        assertThat(log.verify().isIntact()).isTrue();
    }
}
