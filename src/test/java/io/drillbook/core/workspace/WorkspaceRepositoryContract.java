package io.drillbook.core.workspace;

import io.drillbook.infra.demo.DemoAssets;
import io.drillbook.core.model.CalendarNote;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.NoteKind;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.Recurrence;
import io.drillbook.core.model.Release;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link WorkspaceRepository} does: the in-memory fake, and the JDBC adapter on H2 and
 * PostgreSQL (through infra.db's JdbcWorkspaceRepositoryContract), run these same tests.
 */
public abstract class WorkspaceRepositoryContract {
    protected static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    protected Path dir;
    protected WorkspaceRepository repo;

    /** A new, empty repository (a fresh store for adapters). */
    protected abstract WorkspaceRepository newRepository();

    protected void closeRepository() {
    }

    @BeforeEach
    void open() {
        repo = newRepository();
    }

    @AfterEach
    void close() {
        closeRepository();
    }

    @Test
    void anEmptyWorkspaceHasNoSystemsUntilOneIsMerged() {
        assertThat(repo.isEmpty()).isTrue();
        repo.merge(DemoAssets.workspace(CLOCK));
        assertThat(repo.isEmpty()).isFalse();
    }

    @Test
    void freezesAreSavedByNameAndDeleted() {
        Recurrence once = Recurrence.once(LocalDateTime.parse("2026-12-20T00:00:00"), Duration.ofDays(14), ZoneId.of("Europe/Berlin"));
        repo.saveFreeze(new Freeze("year-end", "year end", List.of("prod"), once, false));
        Freeze recovery = new Freeze("recovery shop/prod", "rollback REL-1042", List.of("prod"), once, true);
        repo.saveFreeze(recovery);
        Freeze edited = new Freeze("year-end", "year end, extended", List.of("prod", "staging"), once, false);
        repo.saveFreeze(edited);
        assertThat(repo.freezes()).containsExactly(recovery, edited);
        repo.deleteFreeze("recovery shop/prod");
        repo.deleteFreeze("no such freeze");
        assertThat(repo.freezes()).containsExactly(edited);
    }

    @Test
    void calendarNotesAreAddedOrReplacedByName() {
        Recurrence once = Recurrence.once(LocalDateTime.parse("2026-12-05T22:00:00"), Duration.ofHours(4), ZoneId.of("UTC"));
        CalendarNote patch = new CalendarNote(NoteKind.MAINTENANCE_WINDOW, "os patching", List.of("shop"), List.of("prod"), "monthly", once);
        CalendarNote edited = new CalendarNote(NoteKind.MAINTENANCE_WINDOW, "os patching", List.of("shop", "crm"), List.of("prod"), "", once);
        repo.saveCalendarNotes(List.of(patch));
        repo.saveCalendarNotes(List.of(edited));
        assertThat(repo.calendarNotes()).containsExactly(edited);
    }

    @Test
    void aNewReleaseIsStoredAsVersionOne() {
        repo.merge(DemoAssets.workspace(CLOCK));
        Release any = repo.load().releases().get(0);
        Release fresh = new Release("REL-9999", "new", any.systems(), any.environments(), any.start(), any.end(), any.risk(),
                null, any.status(), 0);
        assertThat(repo.saveRelease(fresh).version()).isEqualTo(1);
        assertThat(repo.release("REL-9999")).hasValueSatisfying(r -> assertThat(r.title()).isEqualTo("new"));
        assertThat(repo.release("REL-0")).isEmpty();
    }

    @Test
    void demoWorkspaceRoundTripsThroughTheStore() {
        Workspace demo = DemoAssets.workspace(CLOCK);
        repo.merge(demo);
        Workspace loaded = repo.load();
        assertThat(loaded.systems()).containsExactlyInAnyOrderElementsOf(demo.systems());
        assertThat(loaded.policies()).containsExactlyInAnyOrderElementsOf(demo.policies());
        assertThat(loaded.backupWindows()).containsExactlyInAnyOrderElementsOf(demo.backupWindows());
        assertThat(loaded.cabMeetings()).containsExactlyInAnyOrderElementsOf(demo.cabMeetings());
        assertThat(loaded.freezes()).containsExactlyInAnyOrderElementsOf(demo.freezes());
        assertThat(loaded.releases()).extracting(r -> r.withVersion(0)).containsExactlyInAnyOrderElementsOf(demo.releases());
    }

    @Test
    void mergingTwiceAddsNothing() {
        repo.merge(DemoAssets.workspace(CLOCK));
        repo.merge(DemoAssets.workspace(CLOCK));
        assertThat(repo.systems()).hasSize(12);
        assertThat(repo.load().releases()).hasSize(DemoAssets.workspace(CLOCK).releases().size());
    }

    @Test
    void staleEditOfAReleaseIsRefusedAndShowsTheStoredVersion() {
        repo.merge(DemoAssets.workspace(CLOCK));
        Release mine = repo.release("REL-1042").orElseThrow();
        Release theirs = repo.saveRelease(mine.movedTo(mine.start().plus(Duration.ofHours(3)), mine.end().plus(Duration.ofHours(3))));
        assertThat(theirs.version()).isEqualTo(mine.version() + 1);
        assertThatThrownBy(() -> repo.saveRelease(mine.movedTo(mine.start().plus(Duration.ofHours(1)), mine.end().plus(Duration.ofHours(1)))))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("changed by someone else")
                .satisfies(e -> assertThat(((ConcurrentChangeException) e).current()).isEqualTo(theirs));
    }

    @Test
    void releasesAreLoadedByVisibleRange() {
        repo.merge(DemoAssets.workspace(CLOCK));
        Instant from = CLOCK.instant();
        var week = repo.releasesBetween(from, from.plus(Duration.ofDays(7)));
        assertThat(week).isNotEmpty().allSatisfy(r -> assertThat(r.start()).isBefore(from.plus(Duration.ofDays(7))));
        assertThat(week.size()).isLessThan(repo.load().releases().size());
    }

    @Test
    void staleEditOfAPolicyIsRefusedAndShowsTheStoredVersion() {
        repo.merge(DemoAssets.workspace(CLOCK));
        Policy any = repo.policies().get(0);
        VersionedPolicy mine = repo.policy(any.target(), any.effectiveFrom()).orElseThrow();
        VersionedPolicy theirs = repo.savePolicy(mine.edited(withRpo(any, Duration.ofHours(12))));
        assertThat(theirs.version()).isEqualTo(mine.version() + 1);
        assertThatThrownBy(() -> repo.savePolicy(mine.edited(withRpo(any, Duration.ofHours(6)))))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("changed by someone else (yours: version " + mine.version() + ", stored: version " + theirs.version())
                .satisfies(e -> assertThat(((ConcurrentChangeException) e).current()).isEqualTo(theirs));
        assertThat(repo.policy(any.target(), any.effectiveFrom()).orElseThrow().policy().rpo()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void newPolicyIsRefusedWhenSomeoneStoredTheSameFirst() {
        repo.merge(DemoAssets.workspace(CLOCK));
        Policy any = repo.policies().get(0);
        assertThatThrownBy(() -> repo.savePolicy(VersionedPolicy.unsaved(withRpo(any, Duration.ofHours(1)))))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("stored: version 1");
        Policy later = new Policy(any.target(), any.effectiveFrom().plusYears(1), any.rpo(), any.rto(), any.drillEvery(),
                any.preReleaseBackupAge(), any.warnShare());
        assertThat(repo.savePolicy(VersionedPolicy.unsaved(later)).version()).isEqualTo(1);
    }

    @Test
    void importingAgainCountsAsAChangeOfThePolicy() {
        repo.merge(DemoAssets.workspace(CLOCK));
        Policy any = repo.policies().get(0);
        repo.merge(DemoAssets.workspace(CLOCK));
        assertThat(repo.policy(any.target(), any.effectiveFrom()).orElseThrow().version()).isEqualTo(2);
    }

    private static Policy withRpo(Policy p, Duration rpo) {
        return new Policy(p.target(), p.effectiveFrom(), rpo, p.rto(), p.drillEvery(), rpo, p.warnShare());
    }
}
