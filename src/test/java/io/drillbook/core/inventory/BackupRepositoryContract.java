package io.drillbook.core.inventory;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link BackupRepository} does: the in-memory fake and the JDBC adapter on H2 and
 * PostgreSQL run these same tests.
 */
public abstract class BackupRepositoryContract {
    protected static final SystemEnv SHOP = new SystemEnv("shop", "prod");
    protected static final SystemEnv CRM = new SystemEnv("crm", "prod");
    protected static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");

    @TempDir
    protected Path dir;
    protected BackupRepository repo;

    /** A new, empty repository (a fresh store for adapters). */
    protected abstract BackupRepository newRepository();

    /** Closes what {@link #newRepository()} opened. */
    protected void closeRepository() {
    }

    @BeforeEach
    void openRepository() {
        repo = newRepository();
    }

    @AfterEach
    void closeIt() {
        closeRepository();
    }

    protected static Backup backup(SystemEnv target, String id, Instant completed, BackupStatus status) {
        return new Backup(target, BackupSource.RESTIC, id, completed.minusSeconds(600),
                status == BackupStatus.RUNNING ? null : completed, status, 100, "", "s3://b/" + id, true, null, false);
    }

    @Test
    void addsOnlyBackupsNotSeenBeforeAndCountsThem() {
        assertThat(repo.addAll(List.of(backup(SHOP, "a", T0, BackupStatus.SUCCEEDED), backup(SHOP, "b", T0.plusSeconds(3600), BackupStatus.FAILED))))
                .isEqualTo(2);
        assertThat(repo.addAll(List.of(backup(SHOP, "a", T0, BackupStatus.SUCCEEDED), backup(CRM, "a", T0, BackupStatus.SUCCEEDED))))
                .as("the same id on another target is another backup").isEqualTo(1);
        assertThat(repo.count()).isEqualTo(3);
        assertThat(repo.addAll(List.of())).isZero();
    }

    @Test
    void aRunningBackupSeenAgainFinishedTakesTheNewStatus() {
        repo.addAll(List.of(backup(SHOP, "r", T0, BackupStatus.RUNNING)));
        assertThat(repo.byExternalId(SHOP, "r")).hasValueSatisfying(b -> assertThat(b.completedAt()).isNull());
        repo.addAll(List.of(backup(SHOP, "r", T0, BackupStatus.SUCCEEDED)));
        Backup stored = repo.byExternalId(SHOP, "r").orElseThrow();
        assertThat(stored.status()).isEqualTo(BackupStatus.SUCCEEDED);
        assertThat(stored.completedAt()).isEqualTo(T0);
        assertThat(repo.count()).isEqualTo(1);
    }

    @Test
    void aFinishedBackupDoesNotGoBackToAnEarlierStatus() {
        repo.addAll(List.of(backup(SHOP, "s", T0, BackupStatus.SUCCEEDED)));
        repo.addAll(List.of(backup(SHOP, "s", T0, BackupStatus.FAILED)));
        assertThat(repo.byExternalId(SHOP, "s").orElseThrow().status()).isEqualTo(BackupStatus.SUCCEEDED);
        repo.addAll(List.of(backup(SHOP, "s", T0, BackupStatus.EXPIRED)));
        assertThat(repo.byExternalId(SHOP, "s").orElseThrow().status()).isEqualTo(BackupStatus.EXPIRED);
    }

    @Test
    void betweenIsHalfOpenAndOldestFirstAndNewestIsNewestFirst() {
        repo.addAll(List.of(backup(SHOP, "2", T0.plusSeconds(7200), BackupStatus.SUCCEEDED),
                backup(SHOP, "0", T0, BackupStatus.SUCCEEDED), backup(SHOP, "1", T0.plusSeconds(3600), BackupStatus.FAILED),
                backup(CRM, "x", T0.plusSeconds(3600), BackupStatus.SUCCEEDED)));
        assertThat(repo.between(SHOP, T0, T0.plusSeconds(7200))).extracting(Backup::externalId).containsExactly("0", "1");
        assertThat(repo.newest(SHOP, 2)).extracting(Backup::externalId).containsExactly("2", "1");
        assertThat(repo.newest(new SystemEnv("none", "prod"), 5)).isEmpty();
    }

    @Test
    void newestCompletedByIsTheNewestFinishedAtOrBeforeTheLimitAndSucceededOnlyWhenAsked() {
        repo.addAll(List.of(backup(SHOP, "ok", T0, BackupStatus.SUCCEEDED),
                backup(SHOP, "failed", T0.plusSeconds(3600), BackupStatus.FAILED),
                backup(SHOP, "running", T0.plusSeconds(5400), BackupStatus.RUNNING),
                backup(SHOP, "later", T0.plusSeconds(7200), BackupStatus.SUCCEEDED),
                backup(CRM, "other", T0.plusSeconds(3000), BackupStatus.SUCCEEDED)));
        Instant limit = T0.plusSeconds(3600);
        assertThat(repo.newestCompletedBy(SHOP, limit)).map(Backup::externalId).hasValue("failed");
        assertThat(repo.newestSucceededBy(SHOP, limit)).map(Backup::externalId).hasValue("ok");
        assertThat(repo.newestCompletedBy(SHOP, T0.plusSeconds(9000))).map(Backup::externalId).hasValue("later");
        assertThat(repo.newestCompletedBy(SHOP, T0.minusSeconds(1))).isEmpty();
        assertThat(repo.newestSucceededBy(new SystemEnv("none", "prod"), limit)).isEmpty();
    }

    @Test
    void markedBackupsAreVerifiedNewestFirst() {
        repo.addAll(List.of(backup(SHOP, "0", T0, BackupStatus.SUCCEEDED), backup(SHOP, "1", T0.plusSeconds(3600), BackupStatus.SUCCEEDED),
                backup(SHOP, "2", T0.plusSeconds(7200), BackupStatus.SUCCEEDED)));
        assertThat(repo.verified(SHOP, 10)).isEmpty();
        repo.markVerified(SHOP, "0");
        repo.markVerified(SHOP, "2");
        assertThat(repo.verified(SHOP, 10)).extracting(Backup::externalId).containsExactly("2", "0");
        assertThat(repo.byExternalId(SHOP, "1").orElseThrow().verified()).isFalse();
        assertThat(repo.byExternalId(SHOP, "2")).hasValueSatisfying(b -> assertThat(b.location()).isEqualTo("s3://b/2"));
    }
}
