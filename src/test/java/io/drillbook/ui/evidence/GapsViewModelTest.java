package io.drillbook.ui.evidence;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.report.GapRegister;
import io.drillbook.core.report.GapRegister.Status;
import io.drillbook.testing.fakes.InMemoryEvidenceRepository;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Gaps list without a window: the in-memory evidence log and tasks run on the calling thread. */
class GapsViewModelTest {
    EvidenceLog log;
    GapsViewModel vm;

    @BeforeEach
    void setUp() {
        log = new EvidenceLog(new InMemoryEvidenceRepository(), Clock.systemUTC(), () -> "alice");
        log.record("drill.gap", "run-7", Map.of("system", "shop", "environment", "prod",
                "description", "role grant had to be run by hand", "owner", "bob", "dueDate", "2026-12-05"));
        vm = new GapsViewModel(new GapRegister(log), new CurrentThreadTaskRunner());
        vm.load();
    }

    @Test
    void loadsTheOpenGapsRecordedByDrills() {
        assertThat(vm.gaps()).singleElement().satisfies(g -> {
            assertThat(g.status()).isEqualTo(Status.OPEN);
            assertThat(g.gap().owner()).isEqualTo("bob");
        });
    }

    @Test
    void markingAGapInProgressUpdatesTheListAndSaysSo() {
        vm.markInProgress(vm.gaps().get(0), "ticket OPS-12");
        assertThat(vm.gaps().get(0).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(vm.messageProperty().get()).isEqualTo("Gap " + vm.gaps().get(0).gap().seq() + " is in progress");
    }

    @Test
    void closingNeedsANoteAndIsEvidenceWhenGiven() {
        long before = log.repository().head().orElseThrow().seq();
        vm.close(vm.gaps().get(0), "  ");
        assertThat(vm.messageProperty().get()).isEqualTo("Say how the gap was closed before closing it");
        assertThat(vm.gaps().get(0).status()).isEqualTo(Status.OPEN);
        assertThat(log.repository().head().orElseThrow().seq()).as("nothing recorded").isEqualTo(before);

        vm.close(vm.gaps().get(0), "grant added to the restore script");
        assertThat(vm.gaps().get(0).status()).isEqualTo(Status.CLOSED);
        assertThat(vm.messageProperty().get()).endsWith(" closed");
        assertThat(log.repository().head().orElseThrow().seq()).isEqualTo(before + 1);
    }
}
