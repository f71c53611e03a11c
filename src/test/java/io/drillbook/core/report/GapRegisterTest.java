package io.drillbook.core.report;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.report.GapRegister.Status;
import io.drillbook.core.report.GapRegister.TrackedGap;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A gap's life: open, in progress, closed with a note; every step evidence on a real H2 file. */
class GapRegisterTest {
    @TempDir
    Path dir;

    @Test
    void gapMovesFromOpenToInProgressToClosedAndClosingNeedsANote() {
        try (Database db = Database.embedded(dir)) {
            EvidenceLog log = new EvidenceLog(new JdbcEvidenceRepository(db), Clock.systemUTC(), () -> "alice");
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
}
