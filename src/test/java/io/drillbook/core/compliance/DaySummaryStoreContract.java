package io.drillbook.core.compliance;

import io.drillbook.core.inventory.BackupRepository;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Day summaries kept from the backups added to the paired {@link BackupRepository}. */
public abstract class DaySummaryStoreContract {
    private static final SystemEnv SHOP = new SystemEnv("shop", "prod");
    private static final SystemEnv CRM = new SystemEnv("crm", "prod");
    private static final LocalDate MAR1 = LocalDate.parse("2026-03-01");

    @TempDir
    protected Path dir;
    protected BackupRepository backups;
    protected DaySummaryStore summaries;

    /** A fresh backup repository and the summary store that follows it. */
    protected abstract void open();

    protected void close() {
    }

    @BeforeEach
    void openStores() {
        open();
    }

    @AfterEach
    void closeStores() {
        close();
    }

    private static Backup backup(SystemEnv target, String at, BackupStatus status) {
        Instant completed = Instant.parse(at);
        return new Backup(target, BackupSource.DEMO, at + status, completed.minusSeconds(60), completed, status, 1, "", "", true, null, false);
    }

    private List<BackupDaySummary> days(LocalDate from, LocalDate to, SystemEnv only) {
        List<BackupDaySummary> out = new ArrayList<>();
        summaries.forEach(from, to, only, s -> {
            synchronized (out) {
                out.add(s);
            }
        });
        return out;
    }

    @Test
    void aDaySummarisesItsRecoveryPointsFailuresAndLongestGap() {
        backups.addAll(List.of(backup(SHOP, "2026-03-01T01:00:00Z", BackupStatus.SUCCEEDED),
                backup(SHOP, "2026-03-01T07:00:00Z", BackupStatus.FAILED),
                backup(SHOP, "2026-03-01T11:00:00Z", BackupStatus.SUCCEEDED),
                backup(SHOP, "2026-03-01T13:00:00Z", BackupStatus.SUCCEEDED)));
        BackupDaySummary day = days(MAR1, MAR1.plusDays(1), SHOP).get(0);
        assertThat(day.succeeded()).isEqualTo(3);
        assertThat(day.failed()).isEqualTo(1);
        assertThat(day.firstOk()).isEqualTo(Instant.parse("2026-03-01T01:00:00Z").getEpochSecond());
        assertThat(day.lastOk()).isEqualTo(Instant.parse("2026-03-01T13:00:00Z").getEpochSecond());
        assertThat(day.maxOkGap()).isEqualTo(10 * 3600);
        assertThat(day.hasVerified()).isFalse();
    }

    @Test
    void anOlderBackupAddedLaterStillGivesTheExactDay() {
        backups.addAll(List.of(backup(SHOP, "2026-03-01T20:00:00Z", BackupStatus.SUCCEEDED)));
        backups.addAll(List.of(backup(SHOP, "2026-03-01T02:00:00Z", BackupStatus.SUCCEEDED)));
        BackupDaySummary day = days(MAR1, MAR1.plusDays(1), SHOP).get(0);
        assertThat(day.firstOk()).isEqualTo(Instant.parse("2026-03-01T02:00:00Z").getEpochSecond());
        assertThat(day.maxOkGap()).isEqualTo(18 * 3600);
    }

    @Test
    void verifyingABackupMakesItsDayVerified() {
        Backup b = backup(SHOP, "2026-03-02T03:00:00Z", BackupStatus.SUCCEEDED);
        backups.addAll(List.of(b));
        backups.markVerified(SHOP, b.externalId());
        assertThat(days(MAR1, MAR1.plusDays(5), SHOP)).singleElement()
                .satisfies(d -> assertThat(d.lastVerified()).isEqualTo(b.completedAt().getEpochSecond()));
    }

    @Test
    void daysComeByTargetInDayOrderAndOnlyInTheRange() {
        backups.addAll(List.of(backup(SHOP, "2026-03-03T01:00:00Z", BackupStatus.SUCCEEDED),
                backup(SHOP, "2026-03-01T01:00:00Z", BackupStatus.SUCCEEDED),
                backup(CRM, "2026-03-02T01:00:00Z", BackupStatus.SUCCEEDED),
                backup(SHOP, "2026-03-09T01:00:00Z", BackupStatus.SUCCEEDED)));
        assertThat(summaries.targets()).containsExactly(CRM, SHOP);
        assertThat(days(MAR1, MAR1.plusDays(5), SHOP)).extracting(BackupDaySummary::day)
                .containsExactly(MAR1, MAR1.plusDays(2));
        assertThat(days(MAR1, MAR1.plusDays(5), null)).extracting(BackupDaySummary::target).containsOnly(CRM, SHOP).hasSize(3);
    }

    @Test
    void carryInIsTheNewestRecoveryPointBeforeTheDay() {
        backups.addAll(List.of(backup(SHOP, "2026-02-27T01:00:00Z", BackupStatus.SUCCEEDED),
                backup(SHOP, "2026-02-28T05:00:00Z", BackupStatus.SUCCEEDED),
                backup(SHOP, "2026-02-28T09:00:00Z", BackupStatus.FAILED),
                backup(SHOP, "2026-03-01T05:00:00Z", BackupStatus.SUCCEEDED)));
        var carry = summaries.newestBefore(MAR1);
        assertThat(carry).containsOnlyKeys(SHOP);
        assertThat(carry.get(SHOP).lastOk()).isEqualTo(Instant.parse("2026-02-28T05:00:00Z").getEpochSecond());
        assertThat(carry.get(SHOP).lastVerified()).isEqualTo(BackupDaySummary.NONE);
        assertThat(summaries.newestBefore(LocalDate.parse("2026-02-01"))).isEmpty();
    }

    @Test
    void rezoningMovesBackupsToTheirDayInTheNewZone() {
        backups.addAll(List.of(backup(SHOP, "2026-03-01T23:30:00Z", BackupStatus.SUCCEEDED)));
        assertThat(summaries.zone().normalized()).as("new stores count days in UTC").isEqualTo(java.time.ZoneOffset.UTC);
        summaries.rezone(ZoneId.of("Europe/Berlin"));
        assertThat(summaries.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(days(MAR1, MAR1.plusDays(3), SHOP)).extracting(BackupDaySummary::day).containsExactly(MAR1.plusDays(1));
    }
}
