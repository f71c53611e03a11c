package io.drillbook.infra.team;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.team.AccessPolicy;
import io.drillbook.infra.demo.DemoAssets;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.JdbcBackupRepository;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.db.JdbcWorkspaceRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A local H2 workspace moved into an empty store of the subclass's kind. */
abstract class WorkspaceMoverContract {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);
    static final SystemEnv SHOP_PROD = new SystemEnv("shop", "prod");

    @TempDir
    Path dir;
    FreshDatabases.FreshDatabase local;
    FreshDatabases.FreshDatabase shared;

    abstract FreshDatabases.Kind targetKind();

    @BeforeEach
    void open() {
        local = FreshDatabases.open(FreshDatabases.Kind.H2, dir);
        shared = FreshDatabases.open(targetKind(), dir);
        fill(local.database());
    }

    @AfterEach
    void close() {
        local.close();
        shared.close();
    }

    private static void fill(Database db) {
        new JdbcWorkspaceRepository(db).merge(DemoAssets.workspace(CLOCK));
        new JdbcBackupRepository(db).addAll(List.of(backup("b-1", 30), backup("b-2", 6)));
        EvidenceLog log = new EvidenceLog(new JdbcEvidenceRepository(db), CLOCK, () -> "alice");
        new AccessPolicy(new JdbcRoleRepository(db), log, CLOCK, false).enrol("alice");
        for (int i = 0; i < 20; i++) {
            log.record("release.changed", "REL-" + i, Map.of("token", "TOKEN=s3cr3t", "n", i));
        }
    }

    private static Backup backup(String id, long hoursAgo) {
        Instant done = CLOCK.instant().minus(Duration.ofHours(hoursAgo));
        return new Backup(SHOP_PROD, BackupSource.S3, id, done.minus(Duration.ofMinutes(20)), done, BackupStatus.SUCCEEDED,
                1_000_000L, "md5:abc", "s3://backups/shop/" + id, true, null, false);
    }

    private static List<EvidenceEvent> events(Database db) {
        List<EvidenceEvent> out = new ArrayList<>();
        new JdbcEvidenceRepository(db).forEachInOrder(1, Long.MAX_VALUE, out::add);
        return out;
    }

    @Test
    void movesEveryTableAndTheEvidenceChainVerbatim() {
        WorkspaceMover.MoveReport report = new WorkspaceMover(local.database(), shared.database()).move();
        assertThat(report.chain().isIntact()).isTrue();
        assertThat(report.chain().checked()).isEqualTo(21);
        assertThat(report.rowsPerTable()).containsEntry("backups", 2L).containsEntry("roles", 1L).containsEntry("evidence_events", 21L)
                .containsEntry("systems", 12L);
        assertThat(events(shared.database())).isEqualTo(events(local.database()));
        assertThat(new JdbcWorkspaceRepository(shared.database()).load()).isEqualTo(new JdbcWorkspaceRepository(local.database()).load());
        assertThat(new JdbcBackupRepository(shared.database()).newest(SHOP_PROD, 5))
                .isEqualTo(new JdbcBackupRepository(local.database()).newest(SHOP_PROD, 5));
    }

    @Test
    void movedWorkspaceKeepsGrowingWhereTheOldOneStopped() {
        new WorkspaceMover(local.database(), shared.database()).move();
        assertThat(new JdbcBackupRepository(shared.database()).addAll(List.of(backup("b-3", 1)))).isEqualTo(1);
        EvidenceLog log = new EvidenceLog(new JdbcEvidenceRepository(shared.database()), CLOCK, () -> "bob");
        assertThat(log.record("workspace.moved", "shared", Map.of()).seq()).isEqualTo(22);
        assertThat(log.verify().isIntact()).isTrue();
    }

    @Test
    void refusesATargetThatHoldsAnything() {
        new JdbcWorkspaceRepository(shared.database()).merge(DemoAssets.workspace(CLOCK));
        assertThatThrownBy(() -> new WorkspaceMover(local.database(), shared.database()).move())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the target is not empty");
        assertThat(events(shared.database())).isEmpty();
    }
}
