package io.drillbook.infra.db;

import io.drillbook.core.model.Policy;
import io.drillbook.core.model.Release;
import io.drillbook.core.workspace.ConcurrentChangeException;
import io.drillbook.core.workspace.VersionedPolicy;
import io.drillbook.infra.demo.DemoAssets;
import io.drillbook.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs on H2 and PostgreSQL through {@link JdbcWorkspaceRepositoryH2Test} and {@link JdbcWorkspaceRepositoryPostgresTest}. */
abstract class JdbcWorkspaceRepositoryContract {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    FreshDatabases.FreshDatabase fresh;
    Database db;
    JdbcWorkspaceRepository repo;

    abstract FreshDatabases.Kind kind();

    @BeforeEach
    void open() {
        fresh = FreshDatabases.open(kind(), dir);
        db = fresh.database();
        repo = new JdbcWorkspaceRepository(db);
    }

    @AfterEach
    void close() {
        fresh.close();
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
