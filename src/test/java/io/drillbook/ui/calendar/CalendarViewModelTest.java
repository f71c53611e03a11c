package io.drillbook.ui.calendar;

import io.drillbook.core.calendar.ConflictKind;
import io.drillbook.core.model.CabApproval;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.RiskClass;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.drillbook.ui.calendar.CalendarWorld.berlin;
import static org.assertj.core.api.Assertions.assertThat;

/** The calendar's view-model on a real H2 demo workspace, without a window. */
class CalendarViewModelTest {
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @TempDir
    Path dir;
    CalendarWorld world;
    CalendarViewModel model;

    @BeforeEach
    void open() {
        world = new CalendarWorld(dir);
        model = new CalendarViewModel(world.services, new CurrentThreadTaskRunner());
        model.showRange(berlin(LocalDate.of(2026, 11, 30), 0, 0), berlin(LocalDate.of(2026, 12, 7), 0, 0));
    }

    @AfterEach
    void close() {
        world.close();
    }

    private CalendarItem item(String id) {
        return model.visibleItems().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private List<CalendarItem> ofKind(CalendarKind kind) {
        return model.visibleItems().stream().filter(i -> i.kind() == kind).toList();
    }

    @Test
    void weekShowsReleasesAndExpandsRecurringEntriesForTheRangeOnly() {
        assertThat(ofKind(CalendarKind.RELEASE)).extracting(CalendarItem::id).contains("REL-1042", "REL-1043", "REL-1045");
        assertThat(ofKind(CalendarKind.BACKUP_WINDOW).stream().filter(i -> i.id().equals("Nightly shop backup"))).hasSize(7);
        assertThat(ofKind(CalendarKind.CAB_MEETING).stream().filter(i -> i.id().equals("Weekly CAB"))).hasSize(1);
        assertThat(model.visibleItems()).allMatch(i -> i.end().isAfter(berlin(LocalDate.of(2026, 11, 30), 0, 0)));
    }

    @Test
    void releaseOverlappingTheNightlyShopBackupCarriesAConflictBadgeWithItsReason() {
        CalendarItem rel = item("REL-1042");
        assertThat(rel.styleClasses()).contains("conflict", "release", "risk-normal", "status-approved");
        assertThat(rel.title()).startsWith(CalendarItems.CONFLICT_BADGE);
        assertThat(rel.conflicts()).extracting(c -> c.kind()).contains(ConflictKind.BACKUP_WINDOW);
        assertThat(rel.conflictText()).contains("Nightly shop backup");
        assertThat(item("REL-1045").styleClasses()).doesNotContain("conflict");
    }

    @Test
    void filterBySystemKeepsEntriesOfThatSystemAndThoseForEverySystem() {
        model.systemProperty().set("shop");
        assertThat(ofKind(CalendarKind.RELEASE)).extracting(CalendarItem::id).containsOnly("REL-1042");
        assertThat(ofKind(CalendarKind.BACKUP_WINDOW)).extracting(CalendarItem::id).containsOnly("Nightly shop backup");
        assertThat(ofKind(CalendarKind.CAB_MEETING)).isNotEmpty();
        model.systemProperty().set(CalendarViewModel.ALL);
        assertThat(ofKind(CalendarKind.RELEASE)).hasSizeGreaterThan(1);
    }

    @Test
    void filterByEnvironmentKindAndSearch() {
        model.environmentProperty().set("staging");
        assertThat(ofKind(CalendarKind.RELEASE)).extracting(CalendarItem::id).containsOnly("REL-1045");
        model.environmentProperty().set(CalendarViewModel.ALL);
        model.kindShownProperty(CalendarKind.BACKUP_WINDOW).set(false);
        assertThat(ofKind(CalendarKind.BACKUP_WINDOW)).isEmpty();
        model.searchProperty().set("FEE ROUNDING");
        assertThat(model.visibleItems()).extracting(CalendarItem::id).containsOnly("REL-1043");
    }

    @Test
    void movingOutOfTheBackupWindowIsSavedClearsTheBadgeAndUndoBringsItBack() {
        model.commands().move("REL-1042", berlin(WEDNESDAY, 4, 0), berlin(WEDNESDAY, 6, 0));
        assertThat(item("REL-1042").hasConflicts()).isFalse();
        assertThat(world.ctx.platform().workspaceRepository().release("REL-1042").orElseThrow().start()).isEqualTo(berlin(WEDNESDAY, 4, 0));
        assertThat(model.commands().canUndoProperty().get()).isTrue();
        model.commands().undo();
        assertThat(item("REL-1042").conflicts()).extracting(c -> c.kind()).contains(ConflictKind.BACKUP_WINDOW);
        assertThat(world.ctx.platform().evidenceLog().repository().find(io.drillbook.core.evidence.EvidenceQuery.all(10).withKindPrefix("release.changed")))
                .hasSize(2).allMatch(e -> e.subject().equals("REL-1042"));
    }

    @Test
    void dropIntoABackupWindowIsRefusedAndNothingIsSaved() {
        Instant before = world.ctx.platform().workspaceRepository().release("REL-1043").orElseThrow().start();
        assertThat(model.previewPlacement("REL-1043", berlin(WEDNESDAY, 1, 0), berlin(WEDNESDAY, 2, 0))).isEmpty();
        model.commands().move("REL-1043", berlin(WEDNESDAY, 0, 30), berlin(WEDNESDAY, 1, 0));
        assertThat(model.messageProperty().get()).startsWith("Move refused").contains("Payments WAL archive check");
        assertThat(world.ctx.platform().workspaceRepository().release("REL-1043").orElseThrow().start()).isEqualTo(before);
        assertThat(model.commands().canUndoProperty().get()).isFalse();
    }

    @Test
    void saveOfAStaleVersionKeepsBothVersionsForTheUser() {
        Release stored = world.ctx.platform().workspaceRepository().release("REL-1044").orElseThrow();
        world.ctx.calendar().workspaceService().saveRelease(stored.movedTo(stored.start().plusSeconds(3600), stored.end().plusSeconds(3600)));
        Release mine = new Release(stored.id(), "my title", stored.systems(), stored.environments(), stored.start(), stored.end(),
                RiskClass.MAJOR, new CabApproval("carol", NOW_MINUS_DAY), stored.status(), stored.version());
        model.commands().save(mine, false);
        ConcurrentEdit edit = model.commands().concurrentEditProperty().get();
        assertThat(edit).isNotNull();
        assertThat(edit.mine().title()).isEqualTo("my title");
        assertThat(edit.theirs().start()).isEqualTo(stored.start().plusSeconds(3600));
    }

    private static final Instant NOW_MINUS_DAY = CalendarWorld.NOW.minusSeconds(86_400);
}
