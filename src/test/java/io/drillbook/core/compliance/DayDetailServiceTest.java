package io.drillbook.core.compliance;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class DayDetailServiceTest {
    static final SystemEnv SHOP = new SystemEnv("shop", "prod");
    static final Instant DAY = Instant.parse("2026-11-10T00:00:00Z");

    static Backup ok(String id, Instant completed) {
        return new Backup(SHOP, BackupSource.RESTIC, id, completed.minusSeconds(600), completed, BackupStatus.SUCCEEDED, 1, "", "", false, null, false);
    }

    @Test
    void gapStartsWhenTheNewestPointPassesTheRpoAndEndsAtTheNextPoint() {
        var gaps = DayDetailService.gaps(Duration.ofHours(6), Optional.of(ok("a", DAY.minus(Duration.ofHours(2)))),
                List.of(ok("b", DAY.plus(Duration.ofHours(10))), ok("c", DAY.plus(Duration.ofHours(14)))), DAY, DAY.plus(Duration.ofDays(1)));
        assertThat(gaps).extracting(DayDetail.Gap::from, DayDetail.Gap::to).containsExactly(
                tuple(DAY.plus(Duration.ofHours(4)), DAY.plus(Duration.ofHours(10))),
                tuple(DAY.plus(Duration.ofHours(20)), DAY.plus(Duration.ofDays(1))));
    }

    @Test
    void failedBackupsDoNotCloseAGap() {
        Backup failed = new Backup(SHOP, BackupSource.RESTIC, "f", DAY.plus(Duration.ofHours(3)), DAY.plus(Duration.ofHours(4)),
                BackupStatus.FAILED, 0, "", "", false, null, false);
        var gaps = DayDetailService.gaps(Duration.ofHours(6), Optional.of(ok("a", DAY.minus(Duration.ofHours(5)))), List.of(failed),
                DAY, DAY.plus(Duration.ofDays(1)));
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).from()).isEqualTo(DAY.plus(Duration.ofHours(1)));
        assertThat(gaps.get(0).length()).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void noGapWhenPointsComeInTime() {
        assertThat(DayDetailService.gaps(Duration.ofHours(24), Optional.of(ok("a", DAY.minus(Duration.ofHours(1)))),
                List.of(ok("b", DAY.plus(Duration.ofHours(12)))), DAY, DAY.plus(Duration.ofDays(1)))).isEmpty();
    }
}
