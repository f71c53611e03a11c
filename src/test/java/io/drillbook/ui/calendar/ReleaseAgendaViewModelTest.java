package io.drillbook.ui.calendar;

import io.drillbook.core.model.Release;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.core.model.RiskClass;
import io.drillbook.testing.fakes.InMemoryWorkspaceRepository;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The release agenda without a window: the in-memory workspace and tasks on the calling thread. */
class ReleaseAgendaViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private static Release release(String id, long daysFromNow) {
        Instant start = NOW.plus(Duration.ofDays(daysFromNow));
        return new Release(id, id, List.of("shop"), List.of("prod"), start, start.plus(Duration.ofHours(2)), RiskClass.NORMAL, null,
                ReleaseStatus.PLANNED, 0);
    }

    @Test
    void showsReleasesFromAWeekAgoToEightWeeksAheadInStartOrder() {
        InMemoryWorkspaceRepository workspace = new InMemoryWorkspaceRepository();
        for (Release r : List.of(release("REL-past", -10), release("REL-later", 50), release("REL-recent", -3),
                release("REL-next", 2), release("REL-far", 60))) {
            workspace.saveRelease(r);
        }
        ReleaseAgendaViewModel vm = new ReleaseAgendaViewModel(workspace, Clock.fixed(NOW, ZoneOffset.UTC), new CurrentThreadTaskRunner());

        vm.load();

        assertThat(vm.releases()).extracting(Release::id).containsExactly("REL-recent", "REL-next", "REL-later");
    }
}
