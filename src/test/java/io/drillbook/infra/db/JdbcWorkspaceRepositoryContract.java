package io.drillbook.infra.db;

import io.drillbook.core.model.Release;
import io.drillbook.core.ports.ConcurrentChangeException;
import io.drillbook.core.workspace.DemoWorkspace;
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
        Workspace demo = DemoWorkspace.create(CLOCK);
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
        repo.merge(DemoWorkspace.create(CLOCK));
        repo.merge(DemoWorkspace.create(CLOCK));
        assertThat(repo.systems()).hasSize(12);
        assertThat(repo.load().releases()).hasSize(DemoWorkspace.create(CLOCK).releases().size());
    }

    @Test
    void staleEditOfAReleaseIsRefusedAndShowsTheStoredVersion() {
        repo.merge(DemoWorkspace.create(CLOCK));
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
        repo.merge(DemoWorkspace.create(CLOCK));
        Instant from = CLOCK.instant();
        var week = repo.releasesBetween(from, from.plus(Duration.ofDays(7)));
        assertThat(week).isNotEmpty().allSatisfy(r -> assertThat(r.start()).isBefore(from.plus(Duration.ofDays(7))));
        assertThat(week.size()).isLessThan(repo.load().releases().size());
    }
}
