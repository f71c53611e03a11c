package io.drillbook.ui.calendar;

import io.drillbook.core.calendar.Gate;
import io.drillbook.core.calendar.GateResult;
import io.drillbook.core.calendar.GateStatus;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static io.drillbook.ui.calendar.CalendarWorld.berlin;
import static org.assertj.core.api.Assertions.assertThat;

/** The readiness panel's view-model: gates of the selected release, a waiver, free slots. */
class ReadinessViewModelTest {
    @TempDir
    Path dir;
    CalendarWorld world;
    CalendarViewModel calendar;
    ReadinessViewModel readiness;

    @BeforeEach
    void open() {
        world = new CalendarWorld(dir);
        CurrentThreadTaskRunner runner = new CurrentThreadTaskRunner();
        calendar = new CalendarViewModel(world.services, runner);
        readiness = new ReadinessViewModel(calendar, runner);
        calendar.showRange(berlin(LocalDate.of(2026, 11, 30), 0, 0), berlin(LocalDate.of(2026, 12, 7), 0, 0));
        calendar.select("REL-1042");
    }

    @AfterEach
    void close() {
        world.close();
    }

    private GateResult gate(Gate g) {
        return readiness.gates().stream().filter(r -> r.gate() == g).findFirst().orElseThrow();
    }

    @Test
    void selectedReleaseShowsEveryGateAndTheBackupWindowOneFails() {
        assertThat(readiness.gates()).extracting(GateResult::gate).contains(Gate.values());
        assertThat(gate(Gate.BACKUP_WINDOW).status()).isEqualTo(GateStatus.FAIL);
        assertThat(readiness.verdictProperty().get()).startsWith("REL-1042: NO-GO");
    }

    @Test
    void waiverByANamedPersonTurnsTheGateWaived() {
        readiness.waive(gate(Gate.BACKUP_WINDOW), "alice", "backup moved to 00:00 that night", CalendarWorld.NOW.plusSeconds(30 * 86_400));
        assertThat(gate(Gate.BACKUP_WINDOW).status()).isEqualTo(GateStatus.WAIVED);
        assertThat(gate(Gate.BACKUP_WINDOW).reason()).contains("waived by alice");
    }

    @Test
    void freeSlotsStartAfterTheBackupWindowAndMovingThereClearsTheConflict() {
        readiness.findFreeSlots();
        assertThat(readiness.slots()).hasSize(ReadinessViewModel.SLOTS);
        assertThat(readiness.slots().get(0).start()).isEqualTo(berlin(LocalDate.of(2026, 12, 2), 3, 0));
        readiness.moveTo(readiness.slots().get(0));
        assertThat(calendar.visibleItems().stream().filter(i -> i.id().equals("REL-1042")).findFirst().orElseThrow().hasConflicts())
                .isFalse();
        assertThat(gate(Gate.BACKUP_WINDOW).status()).isEqualTo(GateStatus.PASS);
    }
}
